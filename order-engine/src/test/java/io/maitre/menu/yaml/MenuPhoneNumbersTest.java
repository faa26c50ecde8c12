package io.maitre.menu.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.menu.InvalidMenu;
import io.maitre.menu.Menu;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An outlet's Twilio numbers and staff transfer number, read from its menu file. */
class MenuPhoneNumbersTest {

    private static final String MENU = """
            outlet: corner
            name: Corner Pizza
            currency: USD
            taxRate: 0.1
            zone: America/New_York
            info: {address: 1 Main St, phone: "555", hours: 9-5, delivers: false}
            %s
            items:
              - {id: pizza, name: Pizza, category: pizza, price: 9.50}
            """;

    @Test
    void numbersAreReadWhenListedAndEmptyOtherwise() {
        Menu listed = read("phoneNumbers: [\"+12125550100\", \"+12125550101\"]\nstaffTransferNumber: \"+12125550199\"");
        Menu unlisted = read("");

        assertThat(listed.phoneNumbers()).containsExactly("+12125550100", "+12125550101");
        assertThat(listed.staffTransferNumber()).contains("+12125550199");
        assertThat(unlisted.phoneNumbers()).isEmpty();
        assertThat(unlisted.staffTransferNumber()).isEmpty();
    }

    @Test
    void aNumberThatIsNotE164IsRefused() {
        assertThatThrownBy(() -> read("phoneNumbers: [\"212-555-0100\"]")).isInstanceOf(InvalidMenu.class)
                .hasMessageContaining("E.164");
        assertThatThrownBy(() -> read("staffTransferNumber: \"call Joe\"")).isInstanceOf(InvalidMenu.class)
                .hasMessageContaining("staffTransferNumber");
    }

    @Test
    void theDemoOutletHasItsNumber() {
        assertThat(YamlMenuCatalog.fromClasspath().menu("demo").orElseThrow().phoneNumbers())
                .containsExactly("+12125550142");
    }

    private static Menu read(String numbers) {
        return MenuFileReader.read(new ByteArrayInputStream(MENU.formatted(numbers).getBytes(StandardCharsets.UTF_8)),
                "test");
    }
}
