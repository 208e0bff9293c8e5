package dev.readyservice.datadog.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import com.pulumi.test.PulumiTest;
import dev.readyservice.datadog.bindings.inputs.MonitorThresholdWindowsArgs;
import dev.readyservice.datadog.bindings.inputs.MonitorThresholdsArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveQueryArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveSliSpecificationArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveSliSpecificationTimeSliceArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs;
import dev.readyservice.datadog.bindings.inputs.ServiceLevelObjectiveThresholdArgs;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The generated-SDK shape of every args class, checked by reflection, plus concrete cases. */
class ArgsBuildersTest {

    static List<Class<? extends ResourceArgs>> argsClasses() {
        return List.of(MonitorArgs.class, ServiceLevelObjectiveArgs.class, ServiceDefinitionYamlArgs.class, DashboardJsonArgs.class,
                PagerdutyServiceObjectArgs.class, MonitorThresholdsArgs.class, MonitorThresholdWindowsArgs.class,
                ServiceLevelObjectiveQueryArgs.class, ServiceLevelObjectiveThresholdArgs.class,
                ServiceLevelObjectiveSliSpecificationArgs.class, ServiceLevelObjectiveSliSpecificationTimeSliceArgs.class,
                ServiceLevelObjectiveSliSpecificationTimeSliceQueryArgs.class,
                ServiceLevelObjectiveSliSpecificationTimeSliceQueryFormulaArgs.class,
                ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryArgs.class,
                ServiceLevelObjectiveSliSpecificationTimeSliceQueryQueryMetricQueryArgs.class);
    }

    private static List<Field> imports(Class<?> args) {
        return Arrays.stream(args.getDeclaredFields()).filter(f -> f.isAnnotationPresent(Import.class)).toList();
    }

    /** Sets every import through the {@code Output} setter and returns the builder. */
    private static Object fullBuilder(Class<?> args) throws Exception {
        Object builder = args.getMethod("builder").invoke(null);
        for (Field field : imports(args)) {
            builder.getClass().getMethod(field.getName(), Output.class).invoke(builder, Output.of("v-" + field.getName()));
        }
        return builder;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argsClasses")
    void argsAreFinalWithPrivateConstructorsAndOneOutputSetterAndOnePlainSetterPerInput(Class<?> args) throws Exception {
        assertThat(Modifier.isFinal(args.getModifiers())).isTrue();
        assertThat(args.getDeclaredConstructors()).allSatisfy(c -> assertThat(Modifier.isPrivate(c.getModifiers())).isTrue());
        Class<?> builder = args.getMethod("builder").getReturnType();
        for (Field field : imports(args)) {
            List<Method> setters = Arrays.stream(builder.getMethods()).filter(m -> m.getName().equals(field.getName())).toList();
            assertThat(setters).as(field.getName()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argsClasses")
    void buildNamesTheFirstMissingRequiredInput(Class<?> args) throws Exception {
        Object empty = args.getMethod("builder").invoke(null);
        Method build = empty.getClass().getMethod("build");
        var required = imports(args).stream().filter(f -> f.getAnnotation(Import.class).required()).toList();
        if (required.isEmpty()) {
            assertThat(build.invoke(empty)).isInstanceOf(args);
            return;
        }
        assertThatThrownBy(() -> invoke(build, empty))
                .isInstanceOf(MissingRequiredPropertyException.class)
                .hasMessageContaining(required.get(0).getName())
                .hasMessageContaining(args.getSimpleName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argsClasses")
    void gettersReturnWhatWasSetAndCopiesKeepIt(Class<?> args) throws Exception {
        Object built = fullBuilder(args).getClass().getMethod("build").invoke(fullBuilder(args));
        Object copy = args.getMethod("builder", args).invoke(null, built);
        Object rebuilt = copy.getClass().getMethod("build").invoke(copy);
        for (Field field : imports(args)) {
            Object value = args.getMethod(field.getName()).invoke(rebuilt);
            Output<?> output = value instanceof Optional<?> o ? (Output<?>) o.orElseThrow() : (Output<?>) value;
            assertThat(PulumiTest.extractValue(output)).isEqualTo("v-" + field.getName());
        }
    }

    @Test
    void optionalInputsAreEmptyWhenUnset() {
        var args = MonitorArgs.builder().name("n").type("query alert").query("q").message("m").build();

        assertThat(args.priority()).isEmpty();
        assertThat(args.monitorThresholds()).isEmpty();
        assertThat(PulumiTest.extractValue(args.name())).isEqualTo("n");
    }

    @Test
    void plainAndVarargSettersWrapTheirValues() {
        var args = MonitorArgs.builder().name("n").type("query alert").query("q").message("m")
                .tags("a:b", "c:d").priority("2").evaluationDelay(900).build();

        assertThat(PulumiTest.extractValue(args.tags().orElseThrow())).containsExactly("a:b", "c:d");
        assertThat(PulumiTest.extractValue(args.priority().orElseThrow())).isEqualTo("2");
        assertThat(PulumiTest.extractValue(args.evaluationDelay().orElseThrow())).isEqualTo(900);
    }

    @Test
    void missingRequiredMonitorQueryIsNamed() {
        assertThatThrownBy(() -> MonitorArgs.builder().name("n").type("query alert").message("m").build())
                .isInstanceOf(MissingRequiredPropertyException.class)
                .hasMessageContaining("MonitorArgs")
                .hasMessageContaining("query");
    }

    private static Object invoke(Method method, Object target) throws Throwable {
        try {
            return method.invoke(target);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
