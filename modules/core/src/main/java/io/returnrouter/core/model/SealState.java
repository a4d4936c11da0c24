package io.returnrouter.core.model;

/**
 * Whether an item's seal is intact. Sealed goods that are not suitable for return for health or
 * hygiene reasons are exempt from withdrawal only once unsealed after delivery (Directive
 * 2011/83/EU Art. 16(e)), so the exemption needs to know.
 */
public enum SealState {
    SEALED, OPENED, NOT_STATED
}
