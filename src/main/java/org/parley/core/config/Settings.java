package org.parley.core.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The user's settings, shared by the app and the CLI, typed: every key lives here and nowhere else. A
 * small properties file, written atomically so a crash never leaves half a file. {@link #saveSoon()}
 * writes it on a background thread a second after the last change; a file that cannot be read is
 * renamed aside (never overwritten) and {@link #problem()} says so.
 */
public final class Settings {
    private static final String CODER = "coder";
    private static final String LAST_CORPUS = "last.corpus";
    private static final String RECENT = "recent.corpora";
    private static final String THEME = "theme";
    private static final String GUIDE_SEEN = "guide.seen";
    private static final String PLACE = "place.";
    private static final String EXPORT_FORMAT = "export.format";
    private static final String EXPORT_FOLDER = "export.folder";
    private static final String REVIEW_AUTHOR = "review.author";
    private static final String REVIEW_URL = "review.url";
    private static final String BACKUPS_ON = "backup.automatic";
    private static final String WHOLE_PAGES = "import.wholePages";
    private static final String CODEBOOK_EDITOR = "codebookEditor.size";
    private static final String LIST_COLUMNS = "documentList.columns";
    private static final String LIST_SORT = "documentList.sort";
    private static final String KEEP_DAILY = "backup.keep.daily";
    private static final String KEEP_WEEKLY = "backup.keep.weekly";
    private static final String KEEP_BEFORE = "backup.keep.before";
    private static final long SAVE_DELAY_MS = 1000;

    private final Path file;
    private final Properties values = new Properties();
    private String problem;
    private ScheduledExecutorService saver;
    private ScheduledFuture<?> pending;

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings in {@code file}; a missing file gives defaults, an unreadable one is kept aside (see {@link #problem()}). */
    public static Settings load(Path file) {
        Settings s = new Settings(file);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                s.values.clear();
                s.keepAside(e);
            }
        }
        return s;
    }

    private void keepAside(Exception why) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            problem = "The settings file " + file + " could not be read (" + why.getMessage()
                    + "); it was kept as " + aside.getFileName() + " and Parley started from its defaults.";
        } catch (IOException e) {
            problem = "The settings file " + file + " could not be read (" + why.getMessage()
                    + ") nor moved aside (" + e.getMessage() + "); Parley will not overwrite it this time.";
            readOnly = true;
        }
    }

    private boolean readOnly;

    /** Why the settings file was not used, when it could not be read; the app shows it once. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public Path file() {
        return file;
    }

    // ---- the coder ----

    /** The configured coder name, else the operating system's user name. */
    public String coderName() {
        return get(CODER).orElseGet(() -> {
            String user = System.getProperty("user.name");
            return user == null || user.isBlank() ? "coder" : user;
        });
    }

    public boolean hasCoderName() {
        return get(CODER).isPresent();
    }

    public void coderName(String name) {
        put(CODER, name);
    }

    // ---- corpora and places ----

    public Optional<Path> lastCorpus() {
        return get(LAST_CORPUS).map(Path::of);
    }

    /** Remembers {@code corpus} as the last one opened, first in the recent list (at most {@code keep}). */
    public void opened(Path corpus, int keep) {
        String abs = corpus.toAbsolutePath().normalize().toString();
        List<String> list = new ArrayList<>(recentNames());
        list.remove(abs);
        list.add(0, abs);
        put(RECENT, String.join("\n", list.subList(0, Math.min(keep, list.size()))));
        put(LAST_CORPUS, abs);
    }

    public List<Path> recentCorpora() {
        return recentNames().stream().map(Path::of).toList();
    }

    private List<String> recentNames() {
        return Arrays.stream(get(RECENT).orElse("").split("\n")).filter(s -> !s.isBlank()).toList();
    }

    /** Where the coder left off in {@code corpus} (keyed by the file's absolute path). */
    public Optional<Place> placeIn(Path corpus) {
        Optional<String> v = get(PLACE + key(corpus));
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = v.get().split(":");
        try {
            return Optional.of(new Place(Long.parseLong(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void placeIn(Path corpus, Place place) {
        put(PLACE + key(corpus), place == null ? null : place.document() + ":" + place.position());
    }

    private static String key(Path corpus) {
        return corpus.toAbsolutePath().normalize().toString();
    }

    // ---- the window ----

    public boolean darkTheme() {
        return get(THEME).orElse("light").equals("dark");
    }

    public void darkTheme(boolean dark) {
        put(THEME, dark ? "dark" : "light");
    }

    public boolean guideSeen() {
        return get(GUIDE_SEEN).isPresent();
    }

    public void guideSeen(boolean seen) {
        put(GUIDE_SEEN, seen ? "true" : null);
    }

    // ---- exports ----

    public Optional<String> exportFormat() {
        return get(EXPORT_FORMAT);
    }

    public void exportFormat(String name) {
        put(EXPORT_FORMAT, name);
    }

    public Optional<Path> exportFolder() {
        return get(EXPORT_FOLDER).map(Path::of);
    }

    public void exportFolder(Path folder) {
        put(EXPORT_FOLDER, folder == null ? null : folder.toString());
    }

    public Optional<String> reviewAuthor() {
        return get(REVIEW_AUTHOR);
    }

    public void reviewAuthor(String author) {
        put(REVIEW_AUTHOR, author);
    }

    public Optional<String> reviewUrl() {
        return get(REVIEW_URL);
    }

    public void reviewUrl(String url) {
        put(REVIEW_URL, url);
    }

    // ---- automatic backups ----

    /** Automatic backups are on unless the settings say {@code backup.automatic=false}. */
    /** The codebook editor's size as the coder left it ({@code otherwise} until then, or when the value is bad). */
    public double[] codebookEditorSize(double[] otherwise) {
        try {
            String[] wh = get(CODEBOOK_EDITOR).orElse("").split("x");
            double w = Double.parseDouble(wh[0]);
            double h = Double.parseDouble(wh[1]);
            return w >= 200 && h >= 150 && w < 20_000 && h < 20_000 ? new double[] {w, h} : otherwise;
        } catch (RuntimeException e) {
            return otherwise;
        }
    }

    public void codebookEditorSize(double width, double height) {
        put(CODEBOOK_EDITOR, Math.round(width) + "x" + Math.round(height));
    }

    /** A column of the document list as the coder left it: shown or not, and its width. */
    public record ListColumn(String name, boolean shown, double width) {
        public ListColumn {
            if (name == null || name.isBlank() || name.contains("=") || name.contains(";")) {
                throw new IllegalArgumentException("a column's name is plain text: " + name);
            }
            if (!(width > 0 && width < 10_000)) {
                throw new IllegalArgumentException("a column's width is a size on screen: " + width);
            }
        }
    }

    /** The document list's columns as the coder left them (none until then; a damaged value is ignored). */
    public List<ListColumn> documentListColumns() {
        List<ListColumn> out = new ArrayList<>();
        for (String part : get(LIST_COLUMNS).orElse("").split(";")) {
            String[] kv = part.split("=");
            String[] value = kv.length == 2 ? kv[1].split(",") : new String[0];
            try {
                if (value.length == 2) {
                    out.add(new ListColumn(kv[0], value[0].equals("shown"), Double.parseDouble(value[1])));
                }
            } catch (IllegalArgumentException e) {
                // a hand-edited or damaged entry: that column keeps its default
            }
        }
        return out;
    }

    public void documentListColumns(List<ListColumn> columns) {
        StringBuilder b = new StringBuilder();
        for (ListColumn c : columns) {
            b.append(b.isEmpty() ? "" : ";").append(c.name()).append('=').append(c.shown() ? "shown" : "hidden")
                    .append(',').append(Math.round(c.width()));
        }
        put(LIST_COLUMNS, b.toString());
    }

    /** The document list's sort ("TITLE", "DATE" … as the list names them; "" for the list's own order). */
    public String documentListSort() {
        return get(LIST_SORT).orElse("");
    }

    public void documentListSort(String sort) {
        put(LIST_SORT, sort == null || sort.isBlank() ? null : sort);
    }

    /** Whether the app imports a web page's whole visible text rather than its article (the CLI's {@code --whole-page}). */
    public boolean importWholePages() {
        return get(WHOLE_PAGES).map(String::strip).orElse("false").equalsIgnoreCase("true");
    }

    public void importWholePages(boolean whole) {
        put(WHOLE_PAGES, whole ? "true" : null);
    }

    public boolean automaticBackups() {
        return !get(BACKUPS_ON).map(String::strip).orElse("true").equalsIgnoreCase("false");
    }

    public void automaticBackups(boolean on) {
        put(BACKUPS_ON, on ? "true" : "false");
    }

    /** How many daily, weekly and before-a-change backups to keep; a bad value gives {@code otherwise}. */
    public int keepDaily(int otherwise) {
        return number(KEEP_DAILY, otherwise);
    }

    public int keepWeekly(int otherwise) {
        return number(KEEP_WEEKLY, otherwise);
    }

    public int keepBefore(int otherwise) {
        return number(KEEP_BEFORE, otherwise);
    }

    public void keep(int daily, int weekly, int before) {
        put(KEEP_DAILY, String.valueOf(daily));
        put(KEEP_WEEKLY, String.valueOf(weekly));
        put(KEEP_BEFORE, String.valueOf(before));
    }

    private int number(String key, int otherwise) {
        try {
            return get(key).map(String::strip).map(Integer::parseInt).orElse(otherwise);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    // ---- the file ----

    private synchronized Optional<String> get(String key) {
        String v = values.getProperty(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    private synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    /** Writes the file on a background thread a second after the last call (one write for a burst of changes). */
    public synchronized void saveSoon() {
        if (saver == null) {
            saver = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "parley-settings");
                t.setDaemon(true);
                return t;
            });
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = saver.schedule(() -> {
            try {
                save();
            } catch (IllegalStateException e) {
                System.getLogger(Settings.class.getName()).log(System.Logger.Level.WARNING, e.getMessage());
            }
        }, SAVE_DELAY_MS, TimeUnit.MILLISECONDS);
    }

    /** Writes the file now (and drops a pending {@link #saveSoon()}); used when the window closes. */
    public synchronized void save() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (readOnly) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(w, "Parley settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save settings to " + file + ": " + e.getMessage(), e);
        }
    }
}
