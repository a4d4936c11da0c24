/**
 * The carrier side of live rate and point look-ups, free of Jakarta and MicroProfile: the common
 * form each carrier adapter reads its own API's answer into ({@link io.returnrouter.carriers.support.live.RateAnswerBody},
 * {@link io.returnrouter.carriers.support.live.PointBody}), the checks that turn it into a quote or
 * points or refuse it as malformed, and the offline fallback every adapter shares.
 */
package io.returnrouter.carriers.support.live;
