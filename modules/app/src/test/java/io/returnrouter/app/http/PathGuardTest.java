package io.returnrouter.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathGuardTest {

    @Test
    void refusesEncodedSeparatorsSemicolonsControlCharactersAndDotSegments() {
        assertThat(PathGuard.problemOf("/api/v1/returns/a%2fb")).contains("slash");
        assertThat(PathGuard.problemOf("/api/v1/returns/a%5Cb")).contains("backslash");
        assertThat(PathGuard.problemOf("/api/v1/returns/a\\b")).contains("backslash");
        assertThat(PathGuard.problemOf("/api/v1/returns/a;b=c")).contains("semicolon");
        assertThat(PathGuard.problemOf("/api/v1/returns/a%3bb")).contains("semicolon");
        assertThat(PathGuard.problemOf("/api/v1/returns/a%0Ab")).contains("control");
        assertThat(PathGuard.problemOf("/api/v1/returns/a%7f")).contains("control");
        assertThat(PathGuard.problemOf("/api/v1/../v1/info")).contains("dot segment");
        assertThat(PathGuard.problemOf("/api/v1/returns/.")).contains("dot segment");
        assertThat(PathGuard.problemOf("/api/v1/returns/%2E%2e")).contains("dot segment");
        assertThat(PathGuard.problemOf("/api/v1/returns/.%2e/x")).contains("dot segment");
    }

    @Test
    void letsOrdinaryPathsThrough() {
        assertThat(PathGuard.problemOf("/api/v1/returns/R-1001")).isNull();
        assertThat(PathGuard.problemOf("/api/v1/returns/R-%E2%82%AC.1")).isNull();
        assertThat(PathGuard.problemOf("/api/v1/returns/...")).isNull();
        assertThat(PathGuard.problemOf("/api/v1/returns/%1Z")).isNull();
        assertThat(PathGuard.problemOf("/console/")).isNull();
        assertThat(PathGuard.problemOf(null)).isNull();
    }
}
