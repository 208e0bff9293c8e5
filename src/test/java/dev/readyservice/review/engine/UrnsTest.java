package dev.readyservice.review.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UrnsTest {
    private static final String STACK = "urn:pulumi:qa::shop::pulumi:pulumi:Stack::shop-qa";

    @Test
    void theStackItselfHasNoParentType() {
        assertThat(Urns.urn("qa", "shop", "", "pulumi:pulumi:Stack", "shop-qa")).isEqualTo(STACK);
    }

    @Test
    void childrenOfTheStackLeaveTheStackTypeOut() {
        assertThat(Urns.urn("qa", "shop", STACK, "test:index:Box", "box")).isEqualTo("urn:pulumi:qa::shop::test:index:Box::box");
    }

    @Test
    void grandchildrenCarryTheWholeParentTypeChain() {
        String box = Urns.urn("qa", "shop", STACK, "test:index:Box", "box");
        String inner = Urns.urn("qa", "shop", box, "test:index:Inner", "inner");
        String thing = Urns.urn("qa", "shop", inner, "test:index/thing:Thing", "thing");

        assertThat(inner).isEqualTo("urn:pulumi:qa::shop::test:index:Box$test:index:Inner::inner");
        assertThat(thing).isEqualTo("urn:pulumi:qa::shop::test:index:Box$test:index:Inner$test:index/thing:Thing::thing");
    }

    @Test
    void aNameMayContainTheSeparator() {
        String odd = Urns.urn("qa", "shop", "", "test:index:Box", "a::b");
        assertThat(odd).isEqualTo("urn:pulumi:qa::shop::test:index:Box::a::b");
        assertThat(Urns.qualifiedType(odd)).isEqualTo("test:index:Box");
    }

    @Test
    void refusesAParentThatIsNotAUrn() {
        assertThatThrownBy(() -> Urns.urn("qa", "shop", "box", "t:i:T", "n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'box' is not a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>)");
        assertThatThrownBy(() -> Urns.qualifiedType("urn:other:qa::shop::t::n")).isInstanceOf(IllegalArgumentException.class);
    }
}
