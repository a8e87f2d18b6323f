// Cases from Kubernetes' TestIP and TestCIDR (staging/src/k8s.io/apiserver/pkg/cel/
// library/ip_test.go, cidr_test.go) and the examples in ip.go's and cidr.go's docs, and
// the "IP and CIDR" group of Kubernetes' TestValidationExpressions (staging/src/k8s.io/
// apiextensions-apiserver/pkg/apiserver/schema/cel/validation_test.go) where the tables
// above lack the case.
import { celTable, holds } from './cases.js';

celTable('ip: parsing and canonical form', [
  ...holds(
    'isIP("192.168.0.1")',
    'isIP("2001:db8::68")',
    'isIP("::1")',
    'ip.isCanonical("127.0.0.1")',
    'ip.isCanonical("2001:db8::68")',
    'ip.isCanonical("2001:db8::abcd")',
    'string(ip("192.168.0.1")) == "192.168.0.1"',
    'string(ip("2001:DB8:0:0:0::68")) == "2001:db8::68"',
    'type(ip("192.168.0.1")) == net.IP',
    'ip("::1") == ip("0:0:0:0:0:0:0:1")',
  ),
  { expr: 'isIP("192.168.0.1.0")', value: false },
  { expr: 'isIP("2001:db8:::68")', value: false },
  { expr: 'isIP("127.0.0.256")', value: false },
  { expr: 'isIP(":::1")', value: false },
  // Kubernetes' own restrictions: no leading zeros, no IPv4-mapped IPv6, no zones.
  { expr: 'isIP("010.0.0.1")', value: false },
  { expr: 'isIP("::ffff:1.2.3.4")', value: false },
  { expr: 'isIP("fe80::1%eth0")', value: false },
  { expr: 'ip.isCanonical("2001:DB8::68")', value: false },
  { expr: 'ip.isCanonical("2001:db8::0:0:0:abcd")', value: false },
  {
    expr: 'ip("192.168.0.1.0")',
    error:
      'IP Address "192.168.0.1.0" parse error during conversion from string: ParseAddr("192.168.0.1.0"): IPv4 address too long',
  },
  {
    expr: 'ip("2001:db8:::68")',
    error: 'IP Address "2001:db8:::68" parse error during conversion from string',
  },
  {
    expr: 'ip.isCanonical("127.0.0.1.0")',
    error: 'IP Address "127.0.0.1.0" parse error during conversion from string',
  },
  {
    expr: 'ip("::ffff:1.2.3.4")',
    error: 'IPv4-mapped IPv6 address "::ffff:1.2.3.4" is not allowed',
  },
  { expr: 'ip("fe80::1%eth0")', error: 'with zone value is not allowed' },
  { expr: 'isIP(cidr("192.168.0.0/24"))', error: 'no matching overload' },
]);

celTable('ip: family and address classes', [
  { expr: 'ip("192.168.0.1").family()', value: 4n },
  { expr: 'ip("2001:db8::68").family()', value: 6n },
  { expr: 'ip("0.0.0.0").isUnspecified()', value: true },
  { expr: 'ip("127.0.0.1").isUnspecified()', value: false },
  { expr: 'ip("::").isUnspecified()', value: true },
  { expr: 'ip("::1").isUnspecified()', value: false },
  { expr: 'ip("127.0.0.1").isLoopback()', value: true },
  { expr: 'ip("1.2.3.4").isLoopback()', value: false },
  { expr: 'ip("::1").isLoopback()', value: true },
  { expr: 'ip("2001:db8::abcd").isLoopback()', value: false },
  { expr: 'ip("224.0.0.1").isLinkLocalMulticast()', value: true },
  { expr: 'ip("224.0.1.1").isLinkLocalMulticast()', value: false },
  { expr: 'ip("ff02::1").isLinkLocalMulticast()', value: true },
  { expr: 'ip("fd00::1").isLinkLocalMulticast()', value: false },
  { expr: 'ip("169.254.169.254").isLinkLocalUnicast()', value: true },
  { expr: 'ip("192.168.0.1").isLinkLocalUnicast()', value: false },
  { expr: 'ip("fe80::1").isLinkLocalUnicast()', value: true },
  { expr: 'ip("fd80::1").isLinkLocalUnicast()', value: false },
  { expr: 'ip("192.168.0.1").isGlobalUnicast()', value: true },
  { expr: 'ip("255.255.255.255").isGlobalUnicast()', value: false },
  { expr: 'ip("2001:db8::abcd").isGlobalUnicast()', value: true },
  { expr: 'ip("ff00::1").isGlobalUnicast()', value: false },
]);

celTable('cidr', [
  ...holds(
    'isCIDR("192.168.0.0/24")',
    'isCIDR("2001:db8::/32")',
    'cidr(dyn("192.168.0.0/24")) == cidr("192.168.0.0/24")',
    'cidr("192.168.0.0/24").containsIP(ip("192.168.0.1"))',
    'cidr("192.168.0.0/24").containsIP("192.168.0.1")',
    'cidr("192.168.0.0/24").containsCIDR(cidr("192.168.0.0/25"))',
    'cidr("192.168.0.0/24").containsCIDR("192.168.0.0/25")',
    'cidr("192.168.0.0/24").ip() == ip("192.168.0.0")',
    'cidr("192.168.0.0/24").masked() == cidr("192.168.0.0/24")',
    'cidr("192.168.0.1/24").masked() == cidr("192.168.0.0/24")',
    'cidr("2001:db8::/32").containsIP(ip("2001:db8::1"))',
    'cidr("2001:db8::/32").containsIP("2001:db8::1")',
    'cidr("2001:db8::/32").containsCIDR(cidr("2001:db8::/33"))',
    'cidr("2001:db8::/32").containsCIDR("2001:db8::/33")',
    'cidr("2001:db8::/32").ip() == ip("2001:db8::")',
    'cidr("2001:db8::/32").masked() == cidr("2001:db8::/32")',
    'cidr("2001:db8:1::/32").masked() == cidr("2001:db8::/32")',
    'string(cidr("192.168.0.0/24")) == "192.168.0.0/24"',
    'type(cidr("192.168.0.0/24")) == net.CIDR',
  ),
  { expr: 'isCIDR("192.168.0.0/")', value: false },
  { expr: 'isCIDR("192.168.0.0/33")', value: false },
  { expr: 'isCIDR("::ffff:1.2.3.4/120")', value: false },
  { expr: 'cidr("192.168.0.0/24").containsIP(ip("192.168.1.1"))', value: false },
  { expr: 'cidr("192.168.0.0/24").containsIP("192.168.1.1")', value: false },
  { expr: 'cidr("192.168.0.0/24").containsCIDR(cidr("192.168.0.0/23"))', value: false },
  { expr: 'cidr("192.168.0.0/24").containsCIDR("192.168.0.0/23")', value: false },
  { expr: 'cidr("2001:db8::/32").containsIP(ip("2001:dc8::1"))', value: false },
  { expr: 'cidr("2001:db8::/32").containsCIDR(cidr("2001:db8::/31"))', value: false },
  { expr: 'cidr("192.168.0.0/24").prefixLength()', value: 24n },
  { expr: 'cidr("2001:db8::/32").prefixLength()', value: 32n },
  { expr: 'string(cidr("192.168.0.1/24"))', value: '192.168.0.1/24' },
  {
    expr: 'cidr("192.168.0.0/")',
    error:
      'network address parse error during conversion from string: network address parse error during conversion from string: netip.ParsePrefix("192.168.0.0/"): bad bits after slash: ""',
  },
  { expr: 'cidr("2001:db8::/")', error: 'bad bits after slash: ""' },
]);

// Kubernetes' TestValidationExpressions, "IP and CIDR" group (it reads no field of self);
// its other ten cases are already in the tables above.
celTable('ip and cidr (Kubernetes TestValidationExpressions)', [
  ...holds(
    'ip("192.168.0.1").family() > 0',
    'type(cidr("2001:db8::/32").ip()) == net.IP',
    "cidr('192.168.0.0/24') == cidr('192.168.0.0/24').masked()",
    "cidr('192.168.0.0/16').prefixLength() == 16",
    "cidr('::1/128').ip().family() == 6",
  ),
]);
