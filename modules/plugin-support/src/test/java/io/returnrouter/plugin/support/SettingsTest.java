package io.returnrouter.plugin.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

class SettingsTest {

    @Test
    void aSystemPropertyWinsOverTheEnvironmentVariableOfTheSameKey() {
        Properties properties = new Properties();
        properties.setProperty("returnrouter.fx.SEK", "0.09");
        Settings settings = Settings.fromMaps(properties, Map.of("RETURNROUTER_FX_SEK", "0.08",
                "RETURNROUTER_FX_NOK", " 0.085 "));

        assertThat(settings.get("returnrouter.fx.SEK")).hasValue("0.09");
        assertThat(settings.get("returnrouter.fx.NOK")).hasValue("0.085");
        assertThat(settings.get("returnrouter.fx.DKK")).isEmpty();
    }

    @Test
    void environmentNamesFollowTheMicroProfileConfigRule() {
        assertThat(Settings.environmentName("returnrouter.tariff.postnl-return.NL-NL.2000"))
                .isEqualTo("RETURNROUTER_TARIFF_POSTNL_RETURN_NL_NL_2000");
    }
}
