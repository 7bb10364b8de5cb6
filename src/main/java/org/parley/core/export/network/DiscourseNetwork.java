package org.parley.core.export.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.core.model.Annotation;
import org.parley.core.export.ExportSource;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;

/**
 * The two networks DNA draws from coded statements: actor x treaty (two-mode: each speaker to each
 * treaty its claim names) and actor x actor (speaker to target, directed). Each edge counts the
 * claims behind it by stance: agreement, disagreement and neutral, their sum being the weight.
 */
final class DiscourseNetwork {
    static final String ACTOR_TREATY = "actor-treaty";
    static final String ACTOR_ACTOR = "actor-actor";

    record Node(String id, String label, String kind, String parent) {
    }

    static final class Edge {
        final String network;
        final Node source;
        final Node target;
        int agreement;
        int disagreement;
        int neutral;

        Edge(String network, Node source, Node target) {
            this.network = network;
            this.source = source;
            this.target = target;
        }

        int weight() {
            return agreement + disagreement + neutral;
        }

        void count(StanceWeight w) {
            switch (w) {
                case AGREEMENT -> agreement++;
                case DISAGREEMENT -> disagreement++;
                case NEUTRAL -> neutral++;
            }
        }
    }

    final Map<String, Node> nodes = new TreeMap<>();
    final Map<String, Edge> edges = new LinkedHashMap<>();

    static DiscourseNetwork of(ExportSource source) throws Exception {
        Codebook book = source.codebook();
        Dimension speaker = book.dimension("speaker").orElseThrow(() ->
                new IllegalArgumentException("networks need a 'speaker' dimension, which this corpus's codebook lacks"));
        Optional<Dimension> target = book.dimension("target");
        Optional<Dimension> treaty = book.dimension("treaty");
        Optional<Dimension> stance = book.dimension("stance");
        DiscourseNetwork n = new DiscourseNetwork();
        source.forEach(row -> {
            for (Annotation c : row.claims()) {
                StanceWeight w = StanceWeight.of(book, stance.orElse(null),
                        stance.flatMap(s -> c.codesOf(s.name()).stream().findFirst()).orElse(null));
                for (String s : c.codesOf(speaker.name())) {
                    Node from = n.node(book, speaker, "actor", s);
                    for (String t : treaty.map(d -> c.codesOf(d.name())).orElse(List.of())) {
                        n.edge(ACTOR_TREATY, from, n.node(book, treaty.get(), "treaty", t)).count(w);
                    }
                    for (String t : target.map(d -> c.codesOf(d.name())).orElse(List.of())) {
                        n.edge(ACTOR_ACTOR, from, n.node(book, target.get(), "actor", t)).count(w);
                    }
                }
            }
        });
        return n;
    }

    private Node node(Codebook book, Dimension d, String kind, String name) {
        return nodes.computeIfAbsent(kind + ":" + name, id -> {
            String parent = book.findCode(d, name).map(Code::parentUuid).flatMap(p ->
                    book.codesOf(d).stream().filter(x -> x.uuid().equals(p)).findFirst()).map(Code::name).orElse(null);
            return new Node(id, name, kind, parent);
        });
    }

    private Edge edge(String network, Node from, Node to) {
        return edges.computeIfAbsent(network + "\u0000" + from.id() + "\u0000" + to.id(), k -> new Edge(network, from, to));
    }
}
