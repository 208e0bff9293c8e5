package dev.readyservice.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.model.ComponentKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SpecValidatorProperties {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Property(tries = 300)
    void generatedValidSpecsAlwaysPass(@ForAll("validSpecs") ReadyServiceArgs spec) {
        assertThat(SpecValidator.validate(SpecDefaults.resolve(spec), TODAY)).isEmpty();
    }

    @Property(tries = 500)
    void arbitrarySpecsEitherPassOrGetAMessageNeverAnotherException(@ForAll("arbitrarySpecs") ReadyServiceArgs spec) {
        try {
            ReadyServiceArgs resolved = SpecValidator.resolveAndCheck(spec, "generated", TODAY);
            assertThat(resolved.components()).isNotEmpty();
        } catch (InvalidSpecException e) {
            assertThat(e.violations()).isNotEmpty();
            assertThat(e.getMessage()).contains(e.violations().get(0).field());
        }
    }

    @Provide
    Arbitrary<ReadyServiceArgs> validSpecs() {
        Arbitrary<ComponentSpec> components = Combinators.combine(
                Arbitraries.of(ComponentKind.values()),
                Arbitraries.doubles().between(95.4, 99.99).ofScale(2), // 95.37 is the 90d fast-burn floor
                Arbitraries.doubles().between(0.5, 500).ofScale(1),
                Arbitraries.doubles().between(1, 100).ofScale(1),
                Arbitraries.doubles().between(1.0, 3.0).ofScale(2),
                Arbitraries.longs().between(1, 60_000),
                Arbitraries.doubles().between(50, 99.99).ofScale(2),
                Arbitraries.of("7d", "30d", "90d")).as((kind, target, peak, perInstance, headroom, latency, percentile, window) -> {
                    int needed = (int) Math.ceil(peak * headroom / perInstance);
                    int max = Math.min(30, Math.max(2, needed));
                    double servedPeak = Math.min(peak, max * perInstance / headroom);
                    return new ComponentSpec("c", kind.id(), null, target, latency, percentile, window,
                            new CapacityPlan(servedPeak, perInstance, 2, max, headroom), null);
                });
        return Combinators.combine(components.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of("qa", "prod"))
                .as((list, env) -> {
                    List<ComponentSpec> named = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        ComponentSpec c = list.get(i);
                        named.add(new ComponentSpec("c" + i, c.kind(), c.customerFacing(), c.availabilityTarget(),
                                c.latencyThresholdMillis(), c.latencyPercentile(), c.sloTimeframe(), c.capacity(), c.healthCheckPath()));
                    }
                    return Specs.valid(env).components(named).build();
                });
    }

    @Provide
    Arbitrary<ReadyServiceArgs> arbitrarySpecs() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30), Arbitraries.just(null),
                Arbitraries.of("api", "ui", "worker", "qa", "prod", "09:00", "MON", "user", "PABC123", "ZRS", "GZRS"));
        Arbitrary<Double> number = Arbitraries.oneOf(Arbitraries.doubles().between(-1000, 1000), Arbitraries.just(null),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, 0.0, 100.0));
        Arbitrary<Integer> whole = Arbitraries.oneOf(Arbitraries.integers().between(-5, 50), Arbitraries.just(null));
        Arbitrary<CapacityPlan> plans = Combinators.combine(number, number, whole, whole, number).as(CapacityPlan::new).injectNull(0.1);
        Arbitrary<ComponentSpec> components = Combinators.combine(text, text, Arbitraries.of(true, false).injectNull(0.3), number,
                Arbitraries.longs().between(-10, 100_000).injectNull(0.2), number, text, plans)
                .as((name, kind, facing, target, latency, percentile, window, plan) ->
                        new ComponentSpec(name, kind, facing, target, latency, percentile, window, plan, null));
        Arbitrary<PagingSpec> paging = Combinators.combine(text, text.list().ofMaxSize(3), text, text, whole, whole, text, text)
                .as((zone, days, start, end, loops, delay, type, id) -> new PagingSpec(
                        new SupportHoursSpec(zone, days, start, end),
                        new EscalationSpec(loops, List.of(new EscalationSpec.Level(delay, List.of(new EscalationSpec.Target(type, id))))),
                        days))
                .injectNull(0.1);
        Arbitrary<DataSpec> data = Combinators.combine(whole, text, Arbitraries.of(true, false).injectNull(0.3),
                Arbitraries.of(true, false).injectNull(0.3), text).as(DataSpec::new).injectNull(0.2);
        Arbitrary<ProductSpec> product = Combinators.combine(text, text, text, text, text, text, text, text)
                .as((name, team, env, docs, loc, sub, tenant, tls) -> new ProductSpec(name, team, null, env, docs, docs, loc, sub, tenant, team, tls))
                .injectNull(0.1);
        return Combinators.combine(product, components.list().ofMaxSize(4), paging, data, text, text)
                .as((p, cs, pg, d, by, date) -> ReadyServiceArgs.builder().product(p).components(cs).paging(pg).data(d)
                        .signOff("tech.handover", new SignOff(by, date, by)).build());
    }
}
