package org.gouvernail.domain.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;

/**
 * Policy: the addresses a webhook may be sent to, checked after DNS resolution (server-side
 * request forgery). Refused unless the operator allows their range: loopback, unspecified,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud
 * metadata address 169.254.169.254, fe80::/10), carrier-grade NAT (100.64/10), multicast,
 * broadcast and the reserved 0/8 and 240/4; an IPv6 form of an IPv4 address (mapped ::ffff:a.b.c.d,
 * compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) is judged as that IPv4 address.
 */
public record AddressGuard(List<Cidr> allowed) {

    private static final List<Cidr> REFUSED = List.of(
            Cidr.parse("0.0.0.0/8"),
            Cidr.parse("10.0.0.0/8"),
            Cidr.parse("100.64.0.0/10"),
            Cidr.parse("127.0.0.0/8"),
            Cidr.parse("169.254.0.0/16"),
            Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.0.0.0/24"),
            Cidr.parse("192.168.0.0/16"),
            Cidr.parse("198.18.0.0/15"),
            Cidr.parse("224.0.0.0/4"),
            Cidr.parse("240.0.0.0/4"),
            Cidr.parse("::/128"),
            Cidr.parse("::1/128"),
            Cidr.parse("fc00::/7"),
            Cidr.parse("fe80::/10"),
            Cidr.parse("fec0::/10"),
            Cidr.parse("ff00::/8"));

    public AddressGuard {
        allowed = List.copyOf(Objects.requireNonNull(allowed, "allowed"));
    }

    /** Whether a request may go to {@code address}: allowed by the operator, or public. */
    public boolean permits(InetAddress address) {
        InetAddress judged = embeddedIpv4(address);
        if (allowed.stream().anyMatch(range -> range.contains(address) || range.contains(judged))) {
            return true;
        }
        return REFUSED.stream().noneMatch(range -> range.contains(judged));
    }

    /** The IPv4 address an IPv6 address stands for, or the address itself. */
    static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = address.getAddress();
        boolean zeroPrefix = allZero(bytes, 0, 10);
        boolean mapped = zeroPrefix && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && bytes[10] == 0 && bytes[11] == 0 && !allZero(bytes, 12, 14);
        boolean nat64 = (bytes[0] & 0xff) == 0x00
                && (bytes[1] & 0xff) == 0x64
                && (bytes[2] & 0xff) == 0xff
                && (bytes[3] & 0xff) == 0x9b
                && allZero(bytes, 4, 12);
        if (mapped || compatible || nat64) {
            return ipv4(bytes[12], bytes[13], bytes[14], bytes[15]);
        }
        if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
            return ipv4(bytes[2], bytes[3], bytes[4], bytes[5]);
        }
        return address;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte a, byte b, byte c, byte d) {
        try {
            return Inet4Address.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
