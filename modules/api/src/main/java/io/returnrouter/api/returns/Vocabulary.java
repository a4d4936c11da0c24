package io.returnrouter.api.returns;

/** The closed vocabularies of the request contract, as regular expressions for Bean Validation. */
final class Vocabulary {

    static final String REASONS = "SIZE_TOO_SMALL|SIZE_TOO_LARGE|CHANGED_MIND|STYLE|NOT_AS_DESCRIBED|DEFECTIVE|OTHER";
    static final String REASONS_LIST = "SIZE_TOO_SMALL, SIZE_TOO_LARGE, CHANGED_MIND, STYLE, NOT_AS_DESCRIBED, DEFECTIVE, OTHER";
    static final String OUTCOMES = "REFUND|EXCHANGE|STORE_CREDIT";
    static final String OUTCOMES_LIST = "REFUND, EXCHANGE, STORE_CREDIT";
    static final String MODES = "HOME_PICKUP|DROP_OFF_POINT|STORE";
    static final String MODES_LIST = "HOME_PICKUP, DROP_OFF_POINT, STORE";
    static final String CATEGORIES = "FASHION|HOME|FURNITURE|ELECTRONICS|BEAUTY_HYGIENE|CUSTOM_MADE|FOOD|SPORTS|TOYS|BOOKS|OTHER";
    static final String CATEGORIES_LIST = "FASHION, HOME, FURNITURE, ELECTRONICS, BEAUTY_HYGIENE, CUSTOM_MADE, FOOD, SPORTS, TOYS, BOOKS, OTHER";

    private Vocabulary() {
    }
}
