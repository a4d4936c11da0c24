package io.returnrouter.core.plan;

/**
 * How the parcels of a return are named: the quote, the batch plan and a later confirmation must
 * agree, because a confirmation finds its options again by packing and naming the same way.
 */
public final class ParcelIds {

    private ParcelIds() {
    }

    /** @param position 1-based, in the order the packer returns the parcels */
    public static String of(String returnId, int position) {
        return returnId + "-P" + position;
    }
}
