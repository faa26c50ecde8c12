package io.maitre.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    private static final String NEW_YORK = "+12125550142";

    @Test
    void aTypedNumberIsReadInTheOutletsNumberingPlanOrAsWrittenWithItsCountryCode() {
        assertThat(PhoneNumbers.typed("(212) 555-0199", NEW_YORK)).contains("+12125550199");
        assertThat(PhoneNumbers.typed("212.555.0199", NEW_YORK)).contains("+12125550199");
        assertThat(PhoneNumbers.typed("1 212 555 0199", NEW_YORK)).contains("+12125550199");
        assertThat(PhoneNumbers.typed("+1 212 555 0199", NEW_YORK)).contains("+12125550199");
        assertThat(PhoneNumbers.typed("+44 20 7946 0958", NEW_YORK)).contains("+442079460958");
        assertThat(PhoneNumbers.typed("020 7946 0958", "+442079460000")).as("no country code, outside +1").isEmpty();
    }

    @Test
    void whatIsNotAPhoneNumberIsNotRead() {
        assertThat(PhoneNumbers.typed("555 0199", NEW_YORK)).isEmpty();
        assertThat(PhoneNumbers.typed("055 555 0199", NEW_YORK)).as("no area code starts with 0").isEmpty();
        assertThat(PhoneNumbers.typed("+1 212 555 01999", NEW_YORK)).isEmpty();
        assertThat(PhoneNumbers.typed("call me at 2125550199", NEW_YORK)).isEmpty();
        assertThat(PhoneNumbers.typed(null, NEW_YORK)).isEmpty();
    }
}
