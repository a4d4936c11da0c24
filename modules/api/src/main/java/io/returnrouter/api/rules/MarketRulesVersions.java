package io.returnrouter.api.rules;

import io.returnrouter.api.money.Currencies;
import io.returnrouter.api.problem.ConflictException;
import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.PreconditionException;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.api.security.Caller;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.MarketRulesSource;
import io.returnrouter.core.spi.MarketModule;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.markets.support.MarketDefinition;
import io.returnrouter.markets.support.PolicyBelowFloorException;
import io.returnrouter.markets.support.PolicyMarketRules;
import io.returnrouter.markets.support.ShopPolicy;
import io.returnrouter.persistence.entity.AuditEventEntity;
import io.returnrouter.persistence.entity.MarketRulesVersionEntity;
import io.returnrouter.persistence.repository.MarketRulesRepository;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The versioned rules of every market: stored in the database, held in memory as one immutable
 * {@link RulesTimeline} per market so that a quote never waits for the database. The timelines are
 * reloaded after every change this server makes, and at most every
 * {@code returnrouter.rules.refresh-seconds} (default 30) to pick up changes of other servers.
 */
@ApplicationScoped
public class MarketRulesVersions {

    static final LocalDate SEED_EFFECTIVE_FROM = LocalDate.of(1970, 1, 1);
    static final String ACTION_SEEDED = "MARKET_RULES_SEEDED";
    static final String ACTION_CHANGED = "MARKET_RULES_VERSION_CREATED";

    private static final Logger LOG = Logger.getLogger(MarketRulesVersions.class.getName());

    private final MarketRulesRepository repository;
    private final RoutingWorldSource worlds;
    private final Currencies currencies;
    private final Clock clock;
    private final Duration refreshEvery;

    private volatile Snapshot snapshot;
    private volatile OnDay lastAsked;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    /** The rules in force on one day, computed from one set of timelines. */
    private record OnDay(Map<String, RulesTimeline> timelines, LocalDate day, MarketRulesSource source) {
    }

    /** The timelines of all markets as loaded at one moment. */
    private record Snapshot(Map<String, RulesTimeline> timelines, Instant loadedAt) {
    }

    @Inject
    public MarketRulesVersions(MarketRulesRepository repository, RoutingWorldSource worlds, Currencies currencies) {
        this.repository = repository;
        this.worlds = worlds;
        this.currencies = currencies;
        this.clock = Clock.systemUTC();
        this.refreshEvery = Duration.ofSeconds(ConfigProvider.getConfig()
                .getOptionalValue("returnrouter.rules.refresh-seconds", Long.class).orElse(30L));
    }

    /** For CDI proxies only. */
    protected MarketRulesVersions() {
        this.repository = null;
        this.worlds = null;
        this.currencies = null;
        this.clock = Clock.systemUTC();
        this.refreshEvery = Duration.ofSeconds(30);
    }

    /** After the schema migration: version 1 of every installed market that has none, from its module. */
    void seedOnStartup(@Observes @Priority(Interceptor.Priority.APPLICATION) Startup startup) {
        int seeded = 0;
        for (MarketModule market : worlds.registry().markets()) {
            if (market instanceof DataMarketModule data && repository.latestVersion(market.countryCode()) == 0) {
                ShopPolicy policy = data.definition().defaultPolicy();
                Instant now = clock.instant();
                String after = versionJson(1, SEED_EFFECTIVE_FROM, policy).toString();
                try {
                    repository.append(new MarketRulesVersionEntity(market.countryCode(), 1, SEED_EFFECTIVE_FROM,
                            PolicyJson.toJson(policy).toString(), now, "system"),
                            new AuditEventEntity(now, "system", "system", ACTION_SEEDED, target(market.countryCode(), 1),
                                    null, after));
                    seeded++;
                } catch (PersistenceException e) {
                    LOG.info(() -> "Rules of " + market.countryCode() + " were seeded by another server meanwhile");
                }
            }
        }
        reload();
        int count = seeded;
        LOG.info(() -> "Market rules: " + count + " markets seeded from their modules; versions in memory for "
                + snapshot.timelines().keySet());
    }

    /**
     * The rules in force on a day, per market; markets without stored versions use their module's
     * defaults. Immutable; the last one asked for is kept, as nearly every quote asks for today.
     */
    public MarketRulesSource on(LocalDate day) {
        Map<String, RulesTimeline> timelines = timelines();
        OnDay last = lastAsked;
        if (last != null && last.timelines() == timelines && last.day().equals(day)) {
            return last.source();
        }
        Map<String, MarketRules> inForce = new HashMap<>();
        timelines.forEach((market, timeline) -> timeline.inForceOn(day).ifPresent(v -> inForce.put(market, v.rules())));
        MarketRulesSource defaults = worlds.registry();
        MarketRulesSource source = country -> {
            MarketRules rules = inForce.get(country);
            return rules != null ? Optional.of(rules) : defaults.forCountry(country);
        };
        lastAsked = new OnDay(timelines, day, source);
        return source;
    }

    public RulesTimeline timeline(String market) {
        RulesTimeline timeline = timelines().get(market);
        if (timeline == null || timeline.versions().isEmpty()) {
            throw new NotFoundException("No market " + market + " with editable rules is installed.");
        }
        return timeline;
    }

    public MarketDefinition definition(String market) {
        return worlds.registry().market(market).filter(DataMarketModule.class::isInstance)
                .map(m -> ((DataMarketModule) m).definition())
                .orElseThrow(() -> new NotFoundException("No market " + market + " with editable rules is installed."));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * Creates the next version of a market's rules, if {@code ifMatch} names the newest version;
     * the version and its audit event are written in one transaction.
     */
    public RulesTimeline.Version change(String market, String ifMatch, RulesChangeDto change, Caller caller) {
        MarketDefinition definition = definition(market);
        RulesTimeline timeline = freshTimeline(market);
        RulesTimeline.Version latest = timeline.latest()
                .orElseThrow(() -> new ConflictException("Market " + market + " has no rules version yet; retry shortly."));
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PreconditionException.required("Send If-Match with the ETag of the rules you edit (GET "
                    + "/api/v1/markets/" + market + "/rules answers ETag \"" + latest.version() + "\").");
        }
        Integer named = versionOf(ifMatch);
        if (named == null || named != latest.version()) {
            throw PreconditionException.failed("The rules of " + market + " changed since they were read: the newest "
                    + "version is " + latest.version() + ", If-Match names " + ifMatch.trim() + ". Read them again.");
        }
        RulesValidator.Valid valid = RulesValidator.validate(definition, latest.policy(), change, today(),
                currencies.rates());
        int next = latest.version() + 1;
        Instant now = clock.instant();
        String before = versionJson(latest.version(), latest.effectiveFrom(), latest.policy()).toString();
        String after = versionJson(next, valid.effectiveFrom(), valid.policy()).toString();
        try {
            repository.append(new MarketRulesVersionEntity(market, next, valid.effectiveFrom(),
                            PolicyJson.toJson(valid.policy()).toString(), now, caller.subject()),
                    new AuditEventEntity(now, caller.subject(), caller.roleSummary(), ACTION_CHANGED,
                            target(market, next), before, after));
        } catch (PersistenceException e) {
            reload();
            throw PreconditionException.failed("The rules of " + market + " were changed by someone else at the same "
                    + "moment. Read them again.");
        }
        reload();
        LOG.info(() -> "Rules of " + market + ": version " + next + " from " + valid.effectiveFrom() + " by "
                + caller.subject());
        return timeline(market).version(next).orElseThrow();
    }

    /** A version as the API shows it in audit entries: number, date and the editable rules. */
    static JsonObject versionJson(int version, LocalDate effectiveFrom, ShopPolicy policy) {
        return Json.createObjectBuilder().add("version", version).add("effectiveFrom", effectiveFrom.toString())
                .add("rules", PolicyJson.toJson(policy)).build();
    }

    static Integer versionOf(String etag) {
        String v = etag.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String target(String market, int version) {
        return "market " + market + " rules version " + version;
    }

    private Map<String, RulesTimeline> timelines() {
        Snapshot s = snapshot;
        if (s == null) {
            return reload().timelines();
        }
        // One request refreshes a stale snapshot; the others keep quoting with it meanwhile instead of
        // queueing up to reload the same versions one after another (a latency spike every refresh).
        if (s.loadedAt().plus(refreshEvery).isBefore(clock.instant()) && refreshing.compareAndSet(false, true)) {
            try {
                return reload().timelines();
            } catch (RuntimeException e) {
                LOG.warning(() -> "Could not refresh market rules, keeping those loaded at " + s.loadedAt() + ": "
                        + e.getMessage());
            } finally {
                refreshing.set(false);
            }
        }
        return s.timelines();
    }

    /** For changes: the newest state, whatever the cache holds. */
    private RulesTimeline freshTimeline(String market) {
        reload();
        return timeline(market);
    }

    private synchronized Snapshot reload() {
        Map<String, List<RulesTimeline.Version>> byMarket = new HashMap<>();
        for (MarketRulesVersionEntity e : repository.allVersions()) {
            Optional<MarketModule> module = worlds.registry().market(e.getMarket());
            if (module.isEmpty() || !(module.get() instanceof DataMarketModule data)) {
                continue; // a market whose module was removed from the installation
            }
            ShopPolicy policy = PolicyJson.fromJson(e.getRulesJson(), data.definition());
            MarketRules rules;
            try {
                rules = new PolicyMarketRules(data.definition(), policy);
            } catch (PolicyBelowFloorException below) {
                // The market module's law changed since this version was stored: never apply it.
                LOG.severe(() -> "Rules version " + e.getVersion() + " of " + e.getMarket() + " is below the legal "
                        + "floor of the installed market module and is ignored: " + below.getMessage());
                continue;
            }
            byMarket.computeIfAbsent(e.getMarket(), k -> new ArrayList<>()).add(new RulesTimeline.Version(
                    e.getVersion(), e.getEffectiveFrom(), e.getCreatedAt(), e.getCreatedBy(), policy, rules));
        }
        Map<String, RulesTimeline> timelines = new HashMap<>();
        byMarket.forEach((market, versions) -> timelines.put(market, new RulesTimeline(market, versions)));
        Snapshot s = new Snapshot(Map.copyOf(timelines), clock.instant());
        snapshot = s;
        return s;
    }
}
