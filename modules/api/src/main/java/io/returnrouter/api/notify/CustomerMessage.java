package io.returnrouter.api.notify;

/** One text for the customer, ready to forward: a subject line and a short body. */
public record CustomerMessage(String type, String language, String title, String text) {
}
