package org.parley.core.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A train/dev/test split by document, in percentages that sum to 100 (e.g. 80/10/10). Documents are
 * never divided. The documents' ids are sorted and then shuffled with {@code java.util.Random(seed)},
 * whose sequence Java specifies exactly, so the same documents and seed give the same split on any
 * machine; parts are cut at round(n x share).
 */
public record Split(int train, int dev, int test, long seed) {
    public static final List<String> PARTS = List.of("train", "dev", "test");

    public Split {
        if (train < 0 || dev < 0 || test < 0 || train + dev + test != 100) {
            throw new IllegalArgumentException("a split needs three shares that sum to 100, such as 80/10/10; got "
                    + train + "/" + dev + "/" + test);
        }
    }

    /** Reads {@code "80/10/10"}. */
    public static Split parse(String shares, long seed) {
        String[] p = shares.strip().split("/");
        if (p.length != 3) {
            throw new IllegalArgumentException("--split takes train/dev/test percentages such as 80/10/10, got '" + shares + "'");
        }
        try {
            return new Split(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()), Integer.parseInt(p[2].strip()), seed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--split takes whole percentages such as 80/10/10, got '" + shares + "'");
        }
    }

    /** The document ids of train, dev and test, each ascending. */
    public List<List<Long>> apply(List<Long> documentIds) {
        List<Long> ids = new ArrayList<>(documentIds);
        Collections.sort(ids);
        Collections.shuffle(ids, new Random(seed));
        int n = ids.size();
        int cut1 = (int) Math.round(n * train / 100.0);
        int cut2 = Math.max(cut1, (int) Math.round(n * (train + dev) / 100.0));
        List<List<Long>> parts = List.of(new ArrayList<>(ids.subList(0, cut1)), new ArrayList<>(ids.subList(cut1, cut2)),
                new ArrayList<>(ids.subList(cut2, n)));
        parts.forEach(Collections::sort);
        return parts;
    }
}
