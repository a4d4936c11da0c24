package io.returnrouter.api.plans;

import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.api.rules.MarketRulesVersions;
import io.returnrouter.persistence.entity.DatasetEntity;
import io.returnrouter.persistence.entity.PlanAssignmentEntity;
import io.returnrouter.persistence.entity.PlanEntity;
import io.returnrouter.persistence.lease.PlanLeases;
import io.returnrouter.persistence.repository.DatasetRepository;
import io.returnrouter.persistence.repository.PlanRepository;
import io.returnrouter.persistence.repository.PlanSummary;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory stand-ins for what {@link PlanService} uses, for its unit tests. The real repositories
 * and leases are tested on the real databases (see PlanServiceTest).
 */
final class PlanFakes {

    private PlanFakes() {
    }

    /** Plans and assignments in maps; pages newest first like the database. */
    static final class Plans extends PlanRepository {
        final Map<String, PlanEntity> stored = new LinkedHashMap<>();
        final List<PlanAssignmentEntity> assignments = new ArrayList<>();
        final List<String> pagesAsked = new ArrayList<>();

        @Override
        public PlanEntity save(PlanEntity plan) {
            stored.put(plan.getId(), plan);
            return plan;
        }

        @Override
        public Optional<PlanEntity> find(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public List<PlanSummary> page(PlanEntity.Status status, int offset, int limit) {
            return page(status, null, offset, limit);
        }

        @Override
        public List<PlanSummary> page(PlanEntity.Status status, String scenarioId, int offset, int limit) {
            pagesAsked.add(status + "/" + scenarioId + "/" + offset + "/" + limit);
            List<PlanEntity> matching = matching(status, scenarioId);
            Collections.reverse(matching);
            return matching.stream().skip(offset).limit(limit).map(p -> new PlanSummary(p.getId(), p.getStatus(),
                    p.getCreatedAt(), p.getUpdatedAt(), 1, p.getDatasetId(), p.getScenarioId(),
                    p.getTimeLimitSeconds(), p.getBestScore(), p.getFeasible(), p.getCostCents(),
                    p.getGreedyCostCents())).toList();
        }

        @Override
        public long count(PlanEntity.Status status) {
            return count(status, null);
        }

        @Override
        public long count(PlanEntity.Status status, String scenarioId) {
            return matching(status, scenarioId).size();
        }

        private List<PlanEntity> matching(PlanEntity.Status status, String scenarioId) {
            return new ArrayList<>(stored.values().stream()
                    .filter(p -> status == null || p.getStatus() == status)
                    .filter(p -> scenarioId == null || scenarioId.equals(p.getScenarioId())).toList());
        }

        /** An assignment as PlanSolving stores it (only the fields the filters read). */
        void assignment(String planId, int seq, String market, String endId) {
            String json = Json.createObjectBuilder().add("parcelId", "P-" + seq).add("returnId", "R-" + seq)
                    .add("market", market).add("endId", endId).build().toString();
            assignments.add(new PlanAssignmentEntity(planId, seq, "P-" + seq, "R-" + seq, json));
        }

        @Override
        public List<PlanAssignmentEntity> assignments(String planId, Map<String, String> fields, int offset, int limit) {
            return matching(planId, fields).stream().skip(offset).limit(limit).toList();
        }

        @Override
        public long assignmentCount(String planId, Map<String, String> fields) {
            return matching(planId, fields).size();
        }

        private List<PlanAssignmentEntity> matching(String planId, Map<String, String> fields) {
            return assignments.stream().filter(a -> a.getPlanId().equals(planId)).filter(a -> {
                JsonObject json = Json.createReader(new StringReader(a.getAssignmentJson())).readObject();
                return fields.entrySet().stream().allMatch(f -> f.getValue().equals(json.getString(f.getKey(), null)));
            }).sorted(Comparator.comparingInt(PlanAssignmentEntity::getSeq)).toList();
        }
    }

    static final class Datasets extends DatasetRepository {
        final Map<String, DatasetEntity> stored = new LinkedHashMap<>();

        @Override
        public DatasetEntity save(DatasetEntity dataset) {
            stored.put(dataset.getId(), dataset);
            return dataset;
        }

        @Override
        public Optional<DatasetEntity> find(String id) {
            return Optional.ofNullable(stored.get(id));
        }
    }

    /** Answers a stop request as told, or as a database that does not answer. */
    static final class Leases extends PlanLeases {
        PlanLeases.Cancellation answer = PlanLeases.Cancellation.ALREADY_FINAL;
        boolean down;
        final List<String> asked = new ArrayList<>();

        Leases() {
            super(null);
        }

        @Override
        public Cancellation requestCancel(String planId, Instant now) throws SQLException {
            asked.add(planId);
            if (down) {
                throw new SQLException("connection refused", "08001");
            }
            return answer;
        }
    }

    /** Records what the service asks of the solver; solves nothing. */
    static final class Solving extends PlanSolving {
        int nudges;
        final Map<String, List<PlanResultView.ProgressPoint>> live = new LinkedHashMap<>();
        final List<String> stopped = new ArrayList<>();

        @Override
        void nudge() {
            nudges++;
        }

        @Override
        Optional<List<PlanResultView.ProgressPoint>> liveProgress(String planId) {
            return Optional.ofNullable(live.get(planId));
        }

        @Override
        void stopIfHere(String planId) {
            stopped.add(planId);
        }
    }

    /** Knows one scenario. */
    static final class Scenarios extends ScenarioWorlds {
        private final String known;

        Scenarios(String known) {
            this.known = known;
        }

        @Override
        public void requireExists(String scenarioId) {
            if (!scenarioId.equals(known)) {
                throw new UnprocessableException("scenarioId", "no scenario " + scenarioId);
            }
        }
    }

    /** The rules versions in force, whatever the day. */
    static final class Rules extends MarketRulesVersions {
        private final Map<String, Integer> versions;

        Rules(Map<String, Integer> versions) {
            this.versions = versions;
        }

        @Override
        public Map<String, Integer> versionsInForce(LocalDate day) {
            return new java.util.TreeMap<>(versions);
        }
    }

    /** Makes copies of one shirt return and records what it was asked for. */
    static final class Generator implements ReturnsGenerator {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<ReturnRequestDto> generate(int count, long seed) {
            asked.add(count + "/" + seed);
            List<ReturnRequestDto> returns = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                returns.add(new ReturnRequestDto("G-" + i, "demo-shop", "DE", null, LocalDate.of(2030, 3, 1),
                        LocalDate.of(2030, 3, 2), "SIZE_TOO_SMALL", "REFUND", null, List.of(), null, null));
            }
            return returns;
        }
    }

    /** CDI's Instance of one bean, or of none when {@code bean} is null. */
    static <T> Instance<T> instance(T bean) {
        return new Instance<>() {
            @Override
            public Instance<T> select(Annotation... qualifiers) {
                return this;
            }

            @Override
            public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isUnsatisfied() {
                return bean == null;
            }

            @Override
            public boolean isAmbiguous() {
                return false;
            }

            @Override
            public void destroy(T instance) {
            }

            @Override
            public Handle<T> getHandle() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Iterable<? extends Handle<T>> handles() {
                throw new UnsupportedOperationException();
            }

            @Override
            public T get() {
                if (bean == null) {
                    throw new IllegalStateException("unsatisfied");
                }
                return bean;
            }

            @Override
            public Iterator<T> iterator() {
                return bean == null ? Collections.emptyIterator() : List.of(bean).iterator();
            }
        };
    }
}
