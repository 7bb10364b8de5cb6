package org.parley.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentListing;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.DocumentWriter;
import org.parley.core.store.NewDocument;
import org.parley.ui.corpus.CorpusBrowser;

/**
 * The corpus browser over 100,000 documents, from nothing to the first frame showing rows, beside a
 * bare TableView given all rows from one plain SELECT of id and title (the usual way to list them).
 */
final class ListBench {
    static final int DOCUMENTS = 100_000;

    private ListBench() {
    }

    static Comparison run(Path work) throws Exception {
        Path file = work.resolve("list.parley");
        try (Corpus corpus = Corpus.create(file)) {
            corpus.bulk(true);
            corpus.write("fill", c -> {
                try (DocumentWriter w = new DocumentWriter(c, corpus.now())) {
                    for (int i = 0; i < DOCUMENTS; i++) {
                        w.insert(new NewDocument("Article " + i + " on arms control talks.", DocumentMeta.titled("Article " + i)),
                                "bench", false);
                    }
                    w.indexPending();
                }
                return null;
            });
            corpus.bulk(false);
            double[] ours = new double[UiBench.REPEATS];
            double[] bare = new double[UiBench.REPEATS];
            for (int r = 0; r < UiBench.REPEATS; r++) {
                long t0 = System.nanoTime();
                var open = org.parley.core.session.OpenCorpus.of(corpus, javafx.application.Platform::runLater);
                CorpusBrowser browser = UiBench.fx(() -> new CorpusBrowser(new org.parley.core.session.DocumentList(open), id -> { }));
                Stage s = UiBench.fx(() -> show(browser));
                while (UiBench.fx(() -> browser.table().getItems().isEmpty() || browser.table().getItems().get(0) == null)) {
                    Thread.sleep(2); // the count and the first page are read in the background
                }
                frame(s.getScene());
                ours[r] = (System.nanoTime() - t0) / 1e6;
                UiBench.fx(() -> {
                    s.close();
                    return null;
                });
                t0 = System.nanoTime();
                Stage b = UiBench.fx(() -> show(bareTable(file)));
                frame(b.getScene());
                bare[r] = (System.nanoTime() - t0) / 1e6;
                UiBench.fx(() -> {
                    b.close();
                    return null;
                });
            }
            return new Comparison("ui.list100kDocuments", "ms", org.parley.bench.Stats.median(ours),
                    org.parley.bench.Stats.median(bare));
        }
    }

    private static TableView<String[]> bareTable(Path file) throws Exception {
        List<String[]> rows = new ArrayList<>(DOCUMENTS);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("SELECT id, title FROM document ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        TableView<String[]> t = new TableView<>();
        for (int i = 0; i < 2; i++) {
            int col = i;
            TableColumn<String[], String> c = new TableColumn<>(i == 0 ? "id" : "title");
            c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()[col]));
            t.getColumns().add(c);
        }
        t.getItems().setAll(rows);
        return t;
    }

    private static Stage show(javafx.scene.Parent root) {
        Stage s = new Stage();
        s.setScene(new Scene(root, 900, 700));
        s.show();
        return s;
    }

    private static void frame(Scene scene) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            Runnable[] l = new Runnable[1];
            l[0] = () -> {
                scene.removePostLayoutPulseListener(l[0]);
                done.countDown();
            };
            scene.addPostLayoutPulseListener(l[0]);
            Platform.requestNextPulse();
        });
        done.await(60, TimeUnit.SECONDS);
    }
}
