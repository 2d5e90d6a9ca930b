package org.gouvernail.domain.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/** Value: a range of IP addresses in CIDR notation ("192.168.10.0/24", "fd12::/64"). */
public record Cidr(InetAddress network, int prefix) {

    public Cidr {
        Objects.requireNonNull(network, "network");
        int bits = network.getAddress().length * 8;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("prefix " + prefix + " outside 0.." + bits);
        }
    }

    /** Parses "address/prefix" or a lone address (a range of one); only literal addresses, never a name to resolve. */
    public static Cidr parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (!address.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not an IP address: " + address);
        }
        try {
            InetAddress network = InetAddress.getByName(address);
            int prefix = slash < 0 ? network.getAddress().length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
            return new Cidr(network, prefix);
        } catch (UnknownHostException | NumberFormatException malformed) {
            throw new IllegalArgumentException("not a CIDR range: " + text, malformed);
        }
    }

    public boolean contains(InetAddress address) {
        byte[] range = network.getAddress();
        byte[] candidate = address.getAddress();
        if (range.length != candidate.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (range[i] != candidate[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (range[full] & mask) == (candidate[full] & mask);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefix;
    }
}
