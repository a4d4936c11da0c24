package io.returnrouter.demo;

import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.plugin.support.DataFile;
import io.returnrouter.plugin.support.DataNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The demo shop's product groups and the return reasons, read and checked from their data files. */
final class Catalog {

    record Group(String name, int maxItems, List<Product> products) {
    }

    record Reason(String code, Weighted<Outcome> outcomes) {
    }

    private final Weighted<Group> groups = new Weighted<>();
    private final Map<String, Group> groupsByName = new HashMap<>();
    private final Weighted<Reason> reasons = new Weighted<>();

    Catalog() {
        DataNode products = DataFile.read(Catalog.class, "products.json");
        for (DataNode group : products.objects("groups")) {
            List<Product> items = new ArrayList<>();
            for (DataNode product : group.objects("products")) {
                List<Integer> cm = product.integers("cm", 1, 1_000);
                if (cm.size() != 3) {
                    throw product.error("cm", "must list length, width and height, was " + cm);
                }
                items.add(product.checked("sku", () -> new Product(product.text("sku"), product.text("category"),
                        new Dimensions(cm.get(0), cm.get(1), cm.get(2)), product.integer("grams", 1, 2_000_000),
                        product.longValue("valueCents", 0, 100_000_000),
                        product.has("hazardous") && product.bool("hazardous"))));
            }
            Group g = new Group(group.text("group"), group.integer("maxItems", 1, 20), List.copyOf(items));
            groups.add(g, group.integer("share", 0, 100));
            groupsByName.put(g.name(), g);
        }
        requireHundred(products, "groups", groups.total());
        DataNode reasonData = DataFile.read(Catalog.class, "reasons.json");
        for (DataNode reason : reasonData.objects("reasons")) {
            Weighted<Outcome> outcomes = new Weighted<>();
            Map<Outcome, Integer> shares = new EnumMap<>(Outcome.class);
            DataNode outcomeNode = reason.object("outcomes");
            for (String name : outcomeNode.fieldNames()) {
                Outcome outcome = outcomeNode.checked(name, () -> Outcome.valueOf(name));
                shares.put(outcome, outcomeNode.integer(name, 0, 100));
            }
            shares.forEach(outcomes::add);
            requireHundred(reason, "outcomes", outcomes.total());
            reasons.add(new Reason(reason.text("reason"), outcomes), reason.integer("share", 0, 100));
        }
        requireHundred(reasonData, "reasons", reasons.total());
    }

    Weighted<Group> groups() {
        return groups;
    }

    Group group(String name) {
        return groupsByName.get(name);
    }

    Weighted<Reason> reasons() {
        return reasons;
    }

    private static void requireHundred(DataNode node, String field, long total) {
        if (total != 100) {
            throw node.error(field, "shares must add up to 100, were " + total);
        }
    }
}
