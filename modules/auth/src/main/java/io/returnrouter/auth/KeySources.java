package io.returnrouter.auth;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URL;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;

/** Where verification keys come from: PEM public keys (by their key id), a JWKS URL, or both. */
public final class KeySources {

    private KeySources() {
    }

    /** Public keys from PEM, each under its {@link Keys#keyId key id}. */
    public static JWKSource<SecurityContext> of(List<PublicKey> keys) {
        return new ImmutableJWKSet<>(new JWKSet(keys.stream().map(KeySources::jwk).toList()));
    }

    /**
     * The JWKS document of an identity provider, fetched when first needed and kept for
     * {@code cacheTime}; a token with an unknown kid makes it fetch again (at most every
     * {@code cacheTime / 2}), so a key the provider stopped listing is refused after at most
     * {@code cacheTime}.
     */
    public static JWKSource<SecurityContext> jwks(URL url, Duration cacheTime) {
        long ttl = Math.max(1_000, cacheTime.toMillis());
        return JWKSourceBuilder.<SecurityContext>create(url)
                .cache(ttl, Math.min(JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT, ttl / 2))
                .rateLimited(ttl / 2)
                .refreshAheadCache(false)
                .retrying(true)
                .build();
    }

    /** The local keys first; the remote source only for a key id they do not hold. */
    public static JWKSource<SecurityContext> localThenRemote(JWKSource<SecurityContext> local,
                                                             JWKSource<SecurityContext> remote) {
        return (JWKSelector selector, SecurityContext context) -> {
            List<JWK> found = local.get(selector, context);
            return found.isEmpty() ? remote.get(selector, context) : found;
        };
    }

    static JWK jwk(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return new RSAKey.Builder(rsa).keyID(Keys.keyId(key)).build();
        }
        if (key instanceof ECPublicKey ec) {
            return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).keyID(Keys.keyId(key)).build();
        }
        throw new IllegalArgumentException("only RSA and EC public keys verify tokens");
    }
}
