/**
 * What the carrier modules' MicroProfile adapters share: the mapping of a carrier's HTTP error to
 * the SPI's refusal or unavailability (each carrier reads its own error body), and the fallback
 * handlers that report a booking or poll the carrier could not serve as unavailable. Unlike the
 * rest of this library it needs Jakarta REST and MicroProfile, which Liberty provides.
 */
package io.returnrouter.carriers.support.rest;
