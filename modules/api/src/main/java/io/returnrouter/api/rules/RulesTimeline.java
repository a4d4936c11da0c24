package io.returnrouter.api.rules;

import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.markets.support.ShopPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The versions of one market's rules, oldest first. Immutable, so a quote reads it without locks
 * and a plan keeps the one it started with.
 *
 * <p>The rules in force on a day are those of the highest version whose {@code effectiveFrom} is
 * on or before that day: a newer version supersedes older ones from its own date on, even one
 * scheduled later by an older version.
 */
public record RulesTimeline(String market, List<Version> versions) {

    public RulesTimeline {
        Objects.requireNonNull(market, "market");
        versions = versions.stream().sorted(Comparator.comparingInt(Version::version)).toList();
    }

    /** One stored version with the rules the core plans with. */
    public record Version(int version, LocalDate effectiveFrom, Instant createdAt, String createdBy,
                          ShopPolicy policy, MarketRules rules) {

        public Version {
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(rules, "rules");
        }
    }

    public Optional<Version> inForceOn(LocalDate day) {
        Version found = null;
        for (Version v : versions) {
            if (!v.effectiveFrom().isAfter(day) && (found == null || v.version() > found.version())) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<Version> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<Version> version(int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }
}
