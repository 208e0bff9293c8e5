package dev.readyservice.realcli;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.azurenative.authorization.AuthorizationFunctions;
import com.pulumi.azurenative.authorization.outputs.GetClientConfigResult;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.azurenative.storage.enums.MinimumTlsVersion;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.resources.StackReference;
import java.util.HashMap;
import java.util.Map;

/**
 * A program that rests on facts from outside itself: the Azure client config
 * ({@code getClientConfig}: its subscription tags the resource group) and another stack's outputs
 * ({@link #PLATFORM}: its {@code minimumTlsVersion} sets the storage account's TLS floor). The real
 * engine asks the provider and the backend; the offline review answers from the stack's config and
 * {@code --stack-outputs}.
 */
public final class FunctionsAndStackReferenceProgram {
    /** The referenced stack, as the local file backend names it. */
    static final String PLATFORM = "organization/platform/qa";

    private FunctionsAndStackReferenceProgram() {
    }

    public static void main(String[] args) {
        Pulumi.run(FunctionsAndStackReferenceProgram::stack);
    }

    static void stack(Context ctx) {
        Output<GetClientConfigResult> client = AuthorizationFunctions.getClientConfig();
        var platform = new StackReference(PLATFORM);
        var group = new ResourceGroup("shop-rg", ResourceGroupArgs.builder()
                .resourceGroupName("rg-shop-qa").location("westeurope")
                .tags(client.applyValue(c -> {
                    Map<String, String> tags = new HashMap<>(CompliantStorage.TAGS);
                    tags.put("subscription", c.subscriptionId());
                    return tags;
                }))
                .build());
        new StorageAccount("shop-storage", CompliantStorage.args(group.name())
                .minimumTlsVersion(platform.requireOutput("minimumTlsVersion")
                        .applyValue(v -> Either.<String, MinimumTlsVersion>ofLeft(String.valueOf(v))))
                .build());
        ctx.export("subscription", client.applyValue(GetClientConfigResult::subscriptionId));
    }
}
