/**
 * The records every stage passes on: {@link org.dyad.model.RawDocument} in, {@link org.dyad.model.Article},
 * {@link org.dyad.model.Event} (with {@link org.dyad.model.EventActor}, {@link org.dyad.model.Location}),
 * {@link org.dyad.model.Quote} out, as the contract's JSON writes them. Records validate in their constructors.
 *
 * <p>May use: {@code org.dyad.util}. Nothing else: the model knows no stage, store or command.
 */
package org.dyad.model;
