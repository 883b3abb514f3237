package org.dyad.extract;

import java.lang.Character.UnicodeScript;

/** A script-based language guess: enough to tell English news from CJK, Cyrillic or Arabic pages. */
final class Languages {
  private Languages() {}

  /** ISO 639-1 code, or "und" when the text gives no clear signal. */
  static String guess(String text) {
    int latin = 0;
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int cyrillic = 0;
    int arabic = 0;
    int n = Math.min(text.length(), 5000);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      UnicodeScript s = UnicodeScript.of(c);
      switch (s) {
        case LATIN -> latin++;
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case CYRILLIC -> cyrillic++;
        case ARABIC -> arabic++;
        default -> { }
      }
    }
    return pick(latin, han, kana, hangul, cyrillic, arabic, text);
  }

  private static String pick(int latin, int han, int kana, int hangul, int cyrillic, int arabic, String text) {
    int cjk = han + kana + hangul;
    if (cjk * 2 > latin) {
      return kana > 0 ? "ja" : hangul > han ? "ko" : "zh";
    }
    if (cyrillic > latin) {
      return "ru";
    }
    if (arabic > latin) {
      return "ar";
    }
    return LineFeatures.stopWordShare(text.substring(0, Math.min(text.length(), 5000))) >= 0.15 ? "en" : "und";
  }
}
