package io.maitre;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.GenericApplicationListenerAdapter;
import org.springframework.core.ResolvableType;
import org.springframework.web.context.support.ServletRequestHandledEvent;

class MaitreServerTest {

    @Test
    void theReadyBannerListensToTheReadyEventOnlyNotToEveryRequest() {
        GenericApplicationListenerAdapter banner = new GenericApplicationListenerAdapter(new MaitreServer.ReadyBanner());

        assertThat(banner.supportsEventType(ResolvableType.forClass(ApplicationReadyEvent.class))).isTrue();
        assertThat(banner.supportsEventType(ResolvableType.forClass(ServletRequestHandledEvent.class))).isFalse();
    }
}
