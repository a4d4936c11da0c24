package io.returnrouter.markets.support;

/** From when a market's statutory withdrawal period runs. */
public enum WithdrawalClock {
    /** EU/EEA (Directive 2011/83/EU Art. 9(2)(b)): from the consumer's receipt of the last of the goods. */
    RECEIPT_OF_LAST_GOODS,
    /** UK (Consumer Contracts Regulations 2013, reg. 30): from the day after the (last) goods are delivered. */
    DAY_AFTER_DELIVERY,
    /** No statutory withdrawal right (e.g. Switzerland): only the shop's voluntary policy applies. */
    NONE
}
