package org.parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A deterministic folder of English-like wire articles (~5 KB each) for the benchmark. About 1% carry
 * the phrase "arms control"; about 0.2% the rare word "zugzwang". The same count gives the same files.
 */
public final class SyntheticCorpus {
    static final String PHRASE = "\"arms control\"";
    static final String RARE = "zugzwang";
    static final String COMMON = "government";
    private static final String[] COMMON_WORDS = ("the of and to in a is that for it as was with be by on not he this are or his "
            + "from at which but have an they you were her she there been one all we their has would when if so no "
            + "will more about can said its who what up out into them some than could other time only new these two may "
            + "then do first any my now such like our over man me even most made after also did many before must through "
            + "back years where much your way well down should because each just those people how too little state good very "
            + "make world still own see men work long get here between both life being under never day same another know "
            + "while last might us great old year off come since against go came right used take three minister foreign "
            + "treaty talks security nuclear missile strategic stability said told agreement negotiations defence weapons "
            + "government president official ministry statement spokesman sanctions alliance summit delegation proposal").split(" ");
    private static final String[] PLACES = {"MOSCOW", "WASHINGTON", "GENEVA", "BEIJING", "LONDON", "PARIS", "VIENNA", "BRUSSELS"};

    private SyntheticCorpus() {
    }

    public static void write(Path folder, int articles, long seed) throws IOException {
        Files.createDirectories(folder);
        Random r = new Random(seed);
        String[] invented = new String[1500];
        for (int i = 0; i < invented.length; i++) {
            invented[i] = word(r);
        }
        for (int a = 0; a < articles; a++) {
            StringBuilder sb = new StringBuilder(5400);
            sb.append(sentence(r, invented, 8).replace(".", "")).append("\n\n");
            sb.append(PLACES[r.nextInt(PLACES.length)]).append(", November ").append(1 + r.nextInt(28)).append(". /TASS/. ");
            boolean phrase = r.nextInt(100) == 0;
            boolean rare = r.nextInt(500) == 0;
            int insertAt = 2000 + r.nextInt(2000);
            while (sb.length() < 5000) {
                sb.append(sentence(r, invented, 10 + r.nextInt(15))).append(' ');
                if (r.nextInt(5) == 0) {
                    sb.append("\n\n");
                }
                if (sb.length() > insertAt && (phrase || rare)) {
                    if (phrase) {
                        sb.append("The future of arms control is at stake, the minister said. ");
                        phrase = false;
                    }
                    if (rare) {
                        sb.append("Diplomats described the situation as a zugzwang. ");
                        rare = false;
                    }
                }
            }
            sb.append('\n');
            Files.writeString(folder.resolve(String.format("article-%06d.txt", a)), sb, StandardCharsets.UTF_8);
        }
    }

    private static String sentence(Random r, String[] invented, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = r.nextInt(3) == 0 ? invented[r.nextInt(invented.length)] : COMMON_WORDS[r.nextInt(COMMON_WORDS.length)];
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            sb.append(w).append(i == words - 1 ? "." : " ");
        }
        return sb.toString();
    }

    private static String word(Random r) {
        String c = "bcdfghklmnprstvz";
        String v = "aeiou";
        StringBuilder sb = new StringBuilder();
        int syllables = 2 + r.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            sb.append(c.charAt(r.nextInt(c.length()))).append(v.charAt(r.nextInt(v.length())));
        }
        return sb.toString();
    }
}
