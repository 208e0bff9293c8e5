package dev.readyservice.bindings;

import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The public API and the wire contract of compiled binding classes, one line per member, so that a
 * committed listing shows in review what a change of the generator or of a binding list changes for
 * the programs that call the bindings (docs/evidence.md) and for what they send to the provider.
 *
 * <p>Per class: its declaration and type token, then its {@code @Import} and {@code @Export} fields in
 * declaration order (the order the inputs are sent in), then its public fields, constructors and
 * methods sorted, then its public nested classes the same way. Package names of the JDK, the Pulumi
 * SDK and the bindings themselves are left out to keep lines short.
 */
final class BindingApi {

    private BindingApi() {}

    /** @return the lines of {@code type} and of its public nested classes */
    static List<String> of(Class<?> type, String javaPackage) {
        List<String> out = new ArrayList<>();
        String name = type.getName().substring(type.getPackageName().length() + 1);
        String superclass = type.getSuperclass() == null ? "" : " extends " + type.getSuperclass().getSimpleName();
        out.add(name + ": " + Modifier.toString(type.getModifiers()) + " class" + superclass);
        ResourceType token = type.getAnnotation(ResourceType.class);
        if (token != null) {
            out.add(name + ": @ResourceType " + token.type());
        }
        for (Field field : type.getDeclaredFields()) {
            Import input = field.getAnnotation(Import.class);
            Export output = field.getAnnotation(Export.class);
            if (input != null) {
                out.add(name + ": @Import(" + input.name() + (input.required() ? ", required) " : ") ")
                        + typeName(field.getGenericType().getTypeName(), javaPackage) + " " + field.getName());
            } else if (output != null) {
                out.add(name + ": @Export(" + output.name() + ") "
                        + typeName(field.getGenericType().getTypeName(), javaPackage) + " " + field.getName());
            }
        }
        Stream.<Member[]>of(type.getDeclaredFields(), type.getDeclaredConstructors(), type.getDeclaredMethods())
                .flatMap(Arrays::stream)
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map(m -> name + ": " + typeName(signature(m), javaPackage))
                .sorted()
                .forEach(out::add);
        Arrays.stream(type.getDeclaredClasses()).filter(c -> Modifier.isPublic(c.getModifiers()))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(c -> out.addAll(of(c, javaPackage)));
        return out;
    }

    private static String signature(Member member) {
        String text = member instanceof Field field ? field.toGenericString() : ((Executable) member).toGenericString();
        // toGenericString names the member with its declaring class; the line names the class already.
        return text.replace(member.getDeclaringClass().getTypeName() + ".", "")
                .replace(" " + member.getDeclaringClass().getTypeName() + "(", " " + member.getDeclaringClass().getSimpleName() + "(");
    }

    private static String typeName(String text, String javaPackage) {
        return text.replaceAll("\\b(java\\.lang|java\\.util|com\\.pulumi\\.core|com\\.pulumi\\.resources|"
                + (javaPackage + ".inputs").replace(".", "\\.") + "|" + javaPackage.replace(".", "\\.") + ")\\.", "");
    }
}
