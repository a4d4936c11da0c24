package io.returnrouter.app.routing;

import io.returnrouter.api.plans.ReturnsGenerator;
import io.returnrouter.api.returns.ReturnMapper;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.core.spi.MarketModule;
import io.returnrouter.plugin.support.geo.Cities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Generated demo returns (customers around real cities) in the installed markets. */
@ApplicationScoped
public class DemoReturnsGenerator implements ReturnsGenerator {

    private final InstalledWorld installed;

    @Inject
    public DemoReturnsGenerator(InstalledWorld installed) {
        this.installed = installed;
    }

    /** For CDI proxies only. */
    protected DemoReturnsGenerator() {
        this(null);
    }

    @Override
    public List<ReturnRequestDto> generate(int count, long seed) {
        List<String> markets = installed.registry().markets().stream().map(MarketModule::countryCode).toList();
        return new io.returnrouter.demo.ReturnsGenerator(Cities.all(), markets, seed).generate(count).stream()
                .map(ReturnMapper::toDto)
                .toList();
    }
}
