package dev.readyservice.realcli;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.azurenative.Provider;
import com.pulumi.azurenative.ProviderArgs;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ResourceArgs;

/**
 * A resource group and the compliant storage account ({@link CompliantStorage}), created through an explicit (non-default) azure-native
 * provider, beside a resource of a provider the pack does not judge: a {@code random} string. The
 * report lists it under "Not assessed"; it changes no item. Under the real CLI the {@code random}
 * package is served by a <strong>stand-in</strong> like the others (no random plugin can be had here).
 */
public final class ForeignProviderProgram {
    private ForeignProviderProgram() {
    }

    public static void main(String[] args) {
        Pulumi.run(ForeignProviderProgram::stack);
    }

    static void stack(Context ctx) {
        var azure = new Provider("second-subscription", ProviderArgs.builder().subscriptionId("99999999-8888-7777-6666-555555555555").build());
        CustomResourceOptions viaSecond = CustomResourceOptions.builder().provider(azure).build();
        var group = new ResourceGroup("shop-rg", ResourceGroupArgs.builder()
                .resourceGroupName("rg-shop-qa").location("westeurope").tags(CompliantStorage.TAGS).build(), viaSecond);
        new StorageAccount("shop-storage", CompliantStorage.args(group.name()).build(), viaSecond);
        new RandomString("suffix", new RandomStringArgs(8));
    }

    /**
     * {@code random:index/randomString:RandomString}, bound here through the core SDK (the project has
     * no {@code com.pulumi:random} dependency); only {@code length} is bound.
     */
    @ResourceType(type = RandomString.TYPE)
    public static final class RandomString extends CustomResource {
        static final String TYPE = "random:index/randomString:RandomString";

        RandomString(String name, RandomStringArgs args) {
            super(TYPE, name, args, CustomResourceOptions.Empty);
        }
    }

    /** The inputs of {@link RandomString}. */
    public static final class RandomStringArgs extends ResourceArgs {
        @Import(name = "length", required = true)
        private final Output<Integer> length;

        RandomStringArgs(int length) {
            this.length = Output.of(length);
        }
    }
}
