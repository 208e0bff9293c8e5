package dev.readyservice.pagerduty.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.internal.Internal;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.resources.ResourceArgs;
import dev.readyservice.pagerduty.binding.inputs.EscalationPolicyRuleArgs;
import dev.readyservice.pagerduty.binding.inputs.EscalationPolicyRuleTargetArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceDependencyDependencyArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceDependencyDependencyDependentServiceArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceDependencyDependencySupportingServiceArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceIncidentUrgencyRuleArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceIncidentUrgencyRuleDuringSupportHoursArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceIncidentUrgencyRuleOutsideSupportHoursArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceSupportHoursArgs;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives every Args class through its public builder API, as generated-SDK callers would: every
 * value set comes back from its getter, copies keep every value, and {@code build()} names each
 * required input left unset.
 */
class BindingArgsTest {

    static Stream<Class<? extends ResourceArgs>> argsClasses() {
        return Stream.of(
                TeamArgs.class, EscalationPolicyArgs.class, ServiceArgs.class, ServiceIntegrationArgs.class,
                BusinessServiceArgs.class, ServiceDependencyArgs.class,
                EscalationPolicyRuleArgs.class, EscalationPolicyRuleTargetArgs.class,
                ServiceIncidentUrgencyRuleArgs.class, ServiceIncidentUrgencyRuleDuringSupportHoursArgs.class,
                ServiceIncidentUrgencyRuleOutsideSupportHoursArgs.class, ServiceSupportHoursArgs.class,
                ServiceDependencyDependencyArgs.class, ServiceDependencyDependencyDependentServiceArgs.class,
                ServiceDependencyDependencySupportingServiceArgs.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argsClasses")
    void everyValueSetComesBackFromItsGetter(Class<? extends ResourceArgs> type) throws Exception {
        Map<String, Object> values = sampleValues(type);
        Object args = build(type, values);

        assertThat(getters(type, args)).isEqualTo(values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argsClasses")
    void aCopyKeepsEveryValue(Class<? extends ResourceArgs> type) throws Exception {
        Map<String, Object> values = sampleValues(type);
        Object original = build(type, values);
        Object builder = type.getMethod("builder", type).invoke(null, original);
        Object copy = builder.getClass().getMethod("build").invoke(builder);

        assertThat(copy).isNotSameAs(original);
        assertThat(getters(type, copy)).isEqualTo(values);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argsClasses")
    void listsCanBeGivenAsVarargs(Class<? extends ResourceArgs> type) throws Exception {
        for (Field field : importFields(type)) {
            if (content(field) instanceof ParameterizedType list) {
                Class<?> element = (Class<?>) list.getActualTypeArguments()[0];
                Object sample = sample(element, "varargs");
                Object array = Array.newInstance(element, 1);
                Array.set(array, 0, sample);
                Object builder = builderWith(type, sampleValues(type));
                builder.getClass().getMethod(field.getName(), array.getClass()).invoke(builder, array);
                Object args = builder.getClass().getMethod("build").invoke(builder);

                assertThat(value(type.getMethod(field.getName()).invoke(args))).isEqualTo(List.of(sample));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argsClasses")
    void buildNamesEachMissingRequiredInput(Class<? extends ResourceArgs> type) throws Exception {
        for (Field field : importFields(type)) {
            if (!field.getAnnotation(Import.class).required()) {
                continue;
            }
            Map<String, Object> values = sampleValues(type);
            values.remove(field.getName());

            assertThatThrownBy(() -> build(type, values))
                    .isInstanceOf(MissingRequiredPropertyException.class)
                    .hasMessageContaining(field.getName())
                    .hasMessageContaining(type.getSimpleName());
        }
    }

    @Test
    void requiredInputsAreTheOnesTheSchemaRequires() {
        assertThat(requiredNames(ServiceArgs.class)).containsExactly("escalationPolicy");
        assertThat(requiredNames(EscalationPolicyArgs.class)).containsExactly("rules");
        assertThat(requiredNames(ServiceIntegrationArgs.class)).containsExactly("service");
        assertThat(requiredNames(TeamArgs.class)).isEmpty();
    }

    @Test
    void emptyArgsLeaveEveryInputToItsDefault() throws Exception {
        for (Object empty : List.of(TeamArgs.Empty, BusinessServiceArgs.Empty, ServiceSupportHoursArgs.Empty,
                ServiceIncidentUrgencyRuleDuringSupportHoursArgs.Empty,
                ServiceIncidentUrgencyRuleOutsideSupportHoursArgs.Empty)) {
            assertThat(getters(empty.getClass(), empty)).allSatisfy((name, value) -> assertThat(value).isNull());
        }
        assertThat(TeamArgs.builder().name("x").build().name()).isPresent();
    }

    @Test
    void anOutputSetterAcceptsNullToUnsetAnOptionalInput() {
        var args = TeamArgs.builder().name("Checkout Team").name((Output<String>) null).build();

        assertThat(args.name()).isEmpty();
    }

    // --- reflection over the public builder API

    private static List<Field> importFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> f.isAnnotationPresent(Import.class)).toList();
    }

    private static List<String> requiredNames(Class<?> type) {
        return importFields(type).stream()
                .filter(f -> f.getAnnotation(Import.class).required())
                .map(Field::getName)
                .toList();
    }

    private static Type content(Field field) {
        return ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Map<String, Object> sampleValues(Class<?> type) throws Exception {
        var values = new LinkedHashMap<String, Object>();
        for (Field field : importFields(type)) {
            Type content = content(field);
            values.put(field.getName(), content instanceof ParameterizedType list
                    ? List.of(sample((Class<?>) list.getActualTypeArguments()[0], field.getName()))
                    : sample((Class<?>) content, field.getName()));
        }
        return values;
    }

    private static Object sample(Class<?> type, String name) throws Exception {
        if (type == String.class) {
            return "sample-" + name;
        }
        if (type == Integer.class) {
            return name.length();
        }
        return build(type, sampleValues(type));
    }

    private static Object builderWith(Class<?> type, Map<String, Object> values) throws Exception {
        Object builder = type.getMethod("builder").invoke(null);
        for (Field field : importFields(type)) {
            if (values.containsKey(field.getName())) {
                builder.getClass().getMethod(field.getName(), raw(content(field)))
                        .invoke(builder, values.get(field.getName()));
            }
        }
        return builder;
    }

    private static Object build(Class<?> type, Map<String, Object> values) throws Exception {
        Object builder = builderWith(type, values);
        try {
            return builder.getClass().getMethod("build").invoke(builder);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    private static Map<String, Object> getters(Class<?> type, Object args) throws Exception {
        var values = new LinkedHashMap<String, Object>();
        for (Field field : importFields(type)) {
            Method getter = type.getMethod(field.getName());
            values.put(field.getName(), value(getter.invoke(args)));
        }
        return values;
    }

    private static Object value(Object getterResult) {
        Object output = getterResult instanceof Optional<?> optional ? optional.orElse(null) : getterResult;
        return output == null ? null : Internal.of((Output<?>) output).getValueNullable().join();
    }
}
