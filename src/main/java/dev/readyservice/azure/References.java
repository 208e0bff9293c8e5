package dev.readyservice.azure;

import com.pulumi.core.Output;
import com.pulumi.resources.CustomResource;

/**
 * Inputs that refer to another resource, so that the engine records the property dependency the
 * policy pack relates resources by (which vault a backup policy lives in, which key a storage
 * account uses). Resource outputs other than {@code id} have been seen to reach the offline engine
 * without their resource in the property dependencies, so the value is read through the
 * resource's {@code id}, which always carries it; the value itself is unchanged.
 */
public final class References {

    private References() {
    }

    /**
     * @param resource the resource the input refers to
     * @param value    the value to pass (e.g. the resource's name)
     * @param <T>      value type
     * @return {@code value}, depending on {@code resource}
     */
    public static <T> Output<T> to(CustomResource resource, Output<T> value) {
        return resource.id().apply(id -> value);
    }
}
