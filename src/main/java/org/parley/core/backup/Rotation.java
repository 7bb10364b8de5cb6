package org.parley.core.backup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.parley.core.config.Settings;

/**
 * Which automatic backups to keep: of the daily backups, the newest of each of the last {@code daily} days that
 * have one and the newest of each of the last {@code weekly} ISO weeks (Monday to Sunday) that have one; of the
 * backups taken before a codebook import or a merge, the newest {@code before}. Days and weeks are those of the
 * zone given. {@code daily} is at least 1, so the daily backup just taken is always kept.
 */
public record Rotation(int daily, int weekly, int before) {
    public static final String KEEP_DAILY = "backup.keep.daily";
    public static final String KEEP_WEEKLY = "backup.keep.weekly";
    public static final String KEEP_BEFORE = "backup.keep.before";
    public static final Rotation DEFAULT = new Rotation(7, 4, 3);

    public Rotation {
        if (daily < 1 || weekly < 0 || before < 0) {
            throw new IllegalArgumentException("keep at least one daily backup and no negative number of weekly or"
                    + " before-import backups (daily " + daily + ", weekly " + weekly + ", before " + before + ")");
        }
    }

    /** The numbers in the settings ({@value #KEEP_DAILY}, {@value #KEEP_WEEKLY}, {@value #KEEP_BEFORE}); a bad value is the default. */
    public static Rotation from(Settings settings) {
        return new Rotation(atLeast(settings.keepDaily(DEFAULT.daily), 1, DEFAULT.daily),
                atLeast(settings.keepWeekly(DEFAULT.weekly), 0, DEFAULT.weekly), atLeast(settings.keepBefore(DEFAULT.before), 0, DEFAULT.before));
    }

    private static int atLeast(int n, int least, int otherwise) {
        return n < least ? otherwise : n;
    }

    /** The backups of {@code all} this rotation does not keep. */
    public List<ShelvedBackup> toDelete(List<ShelvedBackup> all, ZoneId zone) {
        List<ShelvedBackup> newestFirst = new ArrayList<>(all);
        newestFirst.sort(Comparator.comparing(ShelvedBackup::taken).reversed());
        List<ShelvedBackup> days = newestFirst.stream().filter(b -> b.kind() == BackupKind.DAILY).toList();
        Set<ShelvedBackup> keep = new LinkedHashSet<>();
        keep.addAll(newestPer(days, b -> b.taken().atZone(zone).toLocalDate(), daily));
        keep.addAll(newestPer(days, b -> week(b.taken().atZone(zone).toLocalDate()), weekly));
        newestFirst.stream().filter(b -> b.kind() != BackupKind.DAILY).limit(before).forEach(keep::add);
        return newestFirst.stream().filter(b -> !keep.contains(b)).toList();
    }

    private static List<ShelvedBackup> newestPer(List<ShelvedBackup> newestFirst, Function<ShelvedBackup, Object> period, int periods) {
        Set<Object> seen = new HashSet<>();
        List<ShelvedBackup> kept = new ArrayList<>();
        for (ShelvedBackup b : newestFirst) {
            if (seen.size() == periods) {
                break;
            }
            if (seen.add(period.apply(b))) {
                kept.add(b);
            }
        }
        return kept;
    }

    private static String week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
