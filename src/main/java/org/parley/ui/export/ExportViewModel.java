package org.parley.ui.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parley.core.config.Settings;
import org.parley.core.export.ExportOptions;
import org.parley.core.export.Selection;
import org.parley.core.export.Split;
import org.parley.core.export.claimreview.ClaimReviewWriter;
import org.parley.core.export.job.ExportFormat;
import org.parley.core.export.job.ExportFormat.Option;
import org.parley.core.export.job.ExportRequest;
import org.parley.core.files.OutputRefusedException;
import org.parley.core.model.Document;
import org.parley.core.session.OpenCorpus;

/**
 * The export dialog's state: the chosen format and the options it uses, where to write, what is wrong
 * with the choices ({@link #problemProperty()}, null when the export can run); {@link ExportRun} follows
 * the export once started. Remembers the last format and folder in the settings.
 */
public final class ExportViewModel {

    /** Which documents go out. */
    public enum Documents { ALL, OPEN, MATCHING }

    private final Settings settings;
    private final Path corpusFile;
    private final String corpusName;
    private final Document open;
    private final List<String> coders;
    private final List<String> labels;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>();
    private final ObjectProperty<Documents> documents = new SimpleObjectProperty<>(Documents.ALL);
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty coder = new SimpleStringProperty(null);
    private final BooleanProperty allStatuses = new SimpleBooleanProperty(false);
    private final StringProperty label = new SimpleStringProperty();
    private final BooleanProperty bom = new SimpleBooleanProperty(false);
    private final BooleanProperty split = new SimpleBooleanProperty(false);
    private final StringProperty shares = new SimpleStringProperty("80/10/10");
    private final StringProperty seed = new SimpleStringProperty("1");
    private final StringProperty projectName = new SimpleStringProperty("");
    private final StringProperty reviewAuthor = new SimpleStringProperty("");
    private final StringProperty reviewUrl = new SimpleStringProperty("");
    private final StringProperty out = new SimpleStringProperty("");
    private final BooleanBinding writesFolder;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper();
    private final ExportRun run = new ExportRun();

    /**
     * @param corpusFile the corpus exported from, which no export may replace
     * @param open the document open in the window, or null
     * @param coders the corpus's coders; {@code labels} the dimensions that take codes, in codebook order
     */
    public ExportViewModel(Settings settings, Path corpusFile, Document open, List<String> coders, List<String> labels) {
        this.settings = settings;
        this.corpusFile = corpusFile;
        String name = corpusFile.getFileName().toString();
        this.corpusName = name.endsWith(".parley") ? name.substring(0, name.length() - ".parley".length()) : name;
        this.open = open;
        this.coders = List.copyOf(coders);
        this.labels = List.copyOf(labels);
        label.set(labels.contains(Selection.DEFAULT_LABEL) ? Selection.DEFAULT_LABEL : labels.isEmpty() ? null : labels.get(0));
        reviewAuthor.set(settings.reviewAuthor().orElse(""));
        reviewUrl.set(settings.reviewUrl().orElse(""));
        writesFolder = Bindings.createBooleanBinding(() -> format.get() != null
                && (format.get().writesFolder() || split.get() && uses(Option.SPLIT)), format, split);
        ExportFormat first = settings.exportFormat().flatMap(n -> ExportFormat.ALL.stream().filter(f -> f.name().equals(n)).findFirst())
                .orElse(ExportFormat.byName("csv"));
        format.set(first);
        Path folder = settings.exportFolder().filter(Files::isDirectory)
                .orElse(org.parley.core.config.Places.forThisUser().home());
        out.set(folder.resolve(defaultName()).toString());
        format.addListener((o, was, now) -> reshapeOut(ending(was, split.get()), ending(now, split.get())));
        split.addListener((o, was, now) -> reshapeOut(ending(format.get(), was), ending(format.get(), now)));
        problem.bind(Bindings.createStringBinding(this::check, format, documents, query, label, split, shares, seed,
                reviewAuthor, reviewUrl, out, run.outcomeProperty()));
        // after an export the target exists: the outcome is a dependency so the warning says so
        warning.bind(Bindings.createStringBinding(this::caution, format, split, out, run.outcomeProperty()));
    }

    // ---- what the chosen format uses ----

    /** True when the chosen format reads {@code option} (and so the dialog shows its controls). */
    public boolean uses(Option option) {
        return format.get() != null && format.get().uses(option);
    }

    /** A binding of {@link #uses(Option)} that follows the format. */
    public BooleanBinding usesBinding(Option option) {
        return Bindings.createBooleanBinding(() -> uses(option), format);
    }

    /** The output is a folder: brat, web-annotation and any split export. */
    public BooleanBinding writesFolderBinding() {
        return writesFolder;
    }

    /** The name of a new output: the corpus's name, what it holds, and the format's ending (none for a folder). */
    String defaultName() {
        ExportFormat f = format.get();
        String what = switch (f.name()) {
            case "qdc" -> "codebook";
            case "qdpx" -> "project";
            case "graphml", "edges-csv" -> "network";
            case "brat", "web-annotation" -> f.name();
            default -> writesFolder.get() ? f.name() + "-split" : "claims";
        };
        return corpusName + "-" + what + ending(f, split.get());
    }

    private static String ending(ExportFormat f, boolean split) {
        return f == null || f.writesFolder() || split && f.uses(Option.SPLIT) ? "" : f.extension();
    }

    /** Keeps the folder and name the user chose and swaps the old format's ending for the new one's. */
    private void reshapeOut(String was, String now) {
        String path = out.get().strip();
        if (path.isEmpty() || was.equals(now)) {
            return;
        }
        if (!was.isEmpty() && path.endsWith(was)) {
            path = path.substring(0, path.length() - was.length());
        }
        out.set(path + now);
    }

    // ---- checks ----

    /** What stops the export from running, in one line, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Something the user should know before writing (a file is replaced ...), or null. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    private String check() {
        try {
            request();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private String caution() {
        Path p = path();
        if (p == null || !Files.exists(p)) {
            return null;
        }
        if (writesFolder.get()) {
            try (var s = Files.list(p)) {
                return s.findAny().isPresent() ? "The folder is not empty: files and folders of the same name in it are replaced." : null;
            } catch (java.io.IOException e) {
                return null;
            }
        }
        return Files.isRegularFile(p) ? p.getFileName() + " exists and will be replaced." : null;
    }

    private Path path() {
        String s = out.get() == null ? "" : out.get().strip();
        try {
            return s.isEmpty() ? null : Path.of(s).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The export the choices describe; a choice that cannot work throws with one line saying which and why. */
    public ExportRequest request() {
        ExportFormat f = format.get();
        if (f == null) {
            throw new IllegalArgumentException("Choose a format.");
        }
        Selection selection = null;
        if (f.uses(Option.SELECTION)) {
            List<String> docs = documents.get() == Documents.OPEN ? open == null ? null : List.of(String.valueOf(open.id())) : List.of();
            if (docs == null) {
                throw new IllegalArgumentException("No document is open: choose all documents or a search.");
            }
            String q = documents.get() == Documents.MATCHING ? query.get() : null;
            if (documents.get() == Documents.MATCHING && (q == null || q.isBlank())) {
                throw new IllegalArgumentException("Type the search that picks the documents.");
            }
            if (f.uses(Option.LABEL) && (label.get() == null || label.get().isBlank())) {
                throw new IllegalArgumentException("Choose the dimension that labels each span.");
            }
            selection = new Selection(docs, q, coder.get() == null ? List.of() : List.of(coder.get()), !allStatuses.get(),
                    f.uses(Option.LABEL) ? label.get() : null);
        }
        Split parts = null;
        if (split.get() && f.uses(Option.SPLIT)) {
            long n;
            try {
                n = Long.parseLong(seed.get().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The seed must be a whole number, not '" + seed.get() + "'.");
            }
            try {
                parts = Split.parse(shares.get(), n);
            } catch (IllegalArgumentException e) {
                String m = e.getMessage().replace("--split takes", "the split takes");
                throw new IllegalArgumentException(Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".");
            }
        }
        if (f.uses(Option.REVIEW) && !labels.contains(ClaimReviewWriter.VERDICT)) {
            throw new IllegalArgumentException("ClaimReview needs a '" + ClaimReviewWriter.VERDICT
                    + "' dimension, which this codebook lacks (the fact-check codebook has one).");
        }
        if (f.uses(Option.REVIEW) && (reviewAuthor.get().isBlank() || reviewUrl.get().isBlank())) {
            throw new IllegalArgumentException("ClaimReview needs the reviewing organisation and the page it publishes on.");
        }
        Path p = path();
        if (p == null) {
            throw new IllegalArgumentException("Choose where to write the export.");
        }
        ExportOptions options = new ExportOptions(f.uses(Option.PROJECT_NAME) ? projectName.get() : null,
                f.uses(Option.REVIEW) ? reviewAuthor.get() : null, f.uses(Option.REVIEW) ? reviewUrl.get() : null);
        ExportRequest request = new ExportRequest(f, selection, bom.get(), parts, options, p);
        try { // the one check of the target, which the export makes again when it runs
            request.target(corpusFile);
        } catch (OutputRefusedException e) {
            throw new OutputRefusedException(e.getMessage() + ".");
        }
        return request;
    }

    // ---- running ----

    /**
     * Runs the export the choices describe as a job beside the corpus's saves and remembers the format,
     * folder and reviewer for next time; {@link #run()} has its progress and outcome.
     */
    public void start(OpenCorpus corpus) {
        ExportRequest request = request();
        settings.exportFormat(request.format().name());
        settings.exportFolder(request.out().getParent());
        if (request.format().uses(Option.REVIEW)) {
            settings.reviewAuthor(request.options().reviewAuthor());
            settings.reviewUrl(request.options().reviewUrl());
        }
        settings.saveSoon();
        run.start(corpus, request);
    }

    public ExportRun run() {
        return run;
    }

    // ---- properties the view binds ----

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Documents> documentsProperty() {
        return documents;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The one coder whose claims go out, or null for every coder. */
    public StringProperty coderProperty() {
        return coder;
    }

    /** False: accepted claims only; true: suggested and rejected too (never the trash). */
    public BooleanProperty allStatusesProperty() {
        return allStatuses;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public BooleanProperty bomProperty() {
        return bom;
    }

    public BooleanProperty splitProperty() {
        return split;
    }

    public StringProperty sharesProperty() {
        return shares;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public StringProperty projectNameProperty() {
        return projectName;
    }

    public StringProperty reviewAuthorProperty() {
        return reviewAuthor;
    }

    public StringProperty reviewUrlProperty() {
        return reviewUrl;
    }

    public StringProperty outProperty() {
        return out;
    }

    /** The open document, or null. */
    public Document openDocument() {
        return open;
    }

    public List<String> coders() {
        return coders;
    }

    public List<String> labels() {
        return labels;
    }
}
