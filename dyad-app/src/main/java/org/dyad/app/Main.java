package org.dyad.app;
public class Main { public static void main(String[] a) { System.out.println("dyad"); } }
