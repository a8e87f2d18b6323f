// Cases from two sources:
// - the examples in Kubernetes' URL library documentation (staging/src/k8s.io/apiserver/
//   pkg/cel/library/urls.go), the first table;
// - Kubernetes' TestValidationExpressions (staging/src/k8s.io/apiextensions-apiserver/
//   pkg/apiserver/schema/cel/validation_test.go), its "URL parsing" group and the url
//   cost case, where `self.url` (a string field) is replaced by its value in the test
//   object. Kubernetes has no urls_test.go.
// Beyond both, cases of ours for url()'s handling of a #fragment and of `//host` paths,
// with the results of Go's url.Parse, which url() applies after ParseRequestURI.
import { celTable, holds } from './cases.js';

celTable('url', [
  ...holds(
    'isURL("https://user:pass@example.com:80/path?query=val#fragment")',
    'isURL("/absolute-path")',
    'isURL("mailto:someone@example.com")',
    'url("https://example.com/") == url("https://example.com/")',
  ),
  { expr: 'isURL("https://a:b:c/")', value: false },
  { expr: 'isURL("../relative-path")', value: false },
  { expr: 'isURL("")', value: false },
  { expr: 'url("https://a:b:c/")', error: 'URL parse error during conversion from string' },
  { expr: 'url("../relative-path")', error: 'invalid URI for request' },
  { expr: 'url("/path").getScheme()', value: '' },
  { expr: 'url("https://example.com/").getScheme()', value: 'https' },
  { expr: 'url("https://example.com:80/").getHost()', value: 'example.com:80' },
  { expr: 'url("https://example.com/").getHost()', value: 'example.com' },
  { expr: 'url("https://[::1]:80/").getHost()', value: '[::1]:80' },
  { expr: 'url("https://[::1]/").getHost()', value: '[::1]' },
  { expr: 'url("/path").getHost()', value: '' },
  { expr: 'url("https://example.com:80/").getHostname()', value: 'example.com' },
  { expr: 'url("https://127.0.0.1:80/").getHostname()', value: '127.0.0.1' },
  { expr: 'url("https://[::1]:80/").getHostname()', value: '::1' },
  { expr: 'url("/path").getHostname()', value: '' },
  { expr: 'url("https://example.com:80/").getPort()', value: '80' },
  { expr: 'url("https://example.com/").getPort()', value: '' },
  { expr: 'url("/path").getPort()', value: '' },
  { expr: 'url("https://example.com/path").getEscapedPath()', value: '/path' },
  {
    expr: 'url("https://example.com/path with spaces/").getEscapedPath()',
    value: '/path%20with%20spaces/',
  },
  { expr: 'url("https://example.com").getEscapedPath()', value: '' },
  {
    expr: 'url("https://example.com/path?k1=a&k2=b&k2=c").getQuery()',
    value: { k1: ['a'], k2: ['b', 'c'] },
  },
  {
    expr: 'url("https://example.com/path?key with spaces=value with spaces").getQuery()',
    value: { 'key with spaces': ['value with spaces'] },
  },
  { expr: 'url("https://example.com/path?").getQuery()', value: {} },
  { expr: 'url("https://example.com/path").getQuery()', value: {} },
]);

const SELF_URL = "'https://user:pass@kubernetes.io:80/docs/home?k1=a&k2=b&k2=c#anchor'";

celTable('url (Kubernetes TestValidationExpressions)', [
  ...holds(
    "url('/path').getScheme() == ''",
    "url('https://example.com/').getScheme() == 'https'",
    "url('https://example.com:80/').getHost() == 'example.com:80'",
    "url('https://example.com/').getHost() == 'example.com'",
    "url('https://[::1]:80/').getHost() == '[::1]:80'",
    "url('https://[::1]/').getHost() == '[::1]'",
    "url('/path').getHost() == ''",
    "url('https://example.com:80/').getHostname() == 'example.com'",
    "url('https://127.0.0.1/').getHostname() == '127.0.0.1'",
    "url('https://[::1]/').getHostname() == '::1'",
    "url('/path').getHostname() == ''",
    "url('https://example.com:80/').getPort() == '80'",
    "url('https://example.com/').getPort() == ''",
    "url('/path').getPort() == ''",
    "url('https://example.com/path').getEscapedPath() == '/path'",
    "url('https://example.com/with space/').getEscapedPath() == '/with%20space/'",
    "url('https://example.com').getEscapedPath() == ''",
    "url('https://example.com/path?k1=a&k2=b&k2=c').getQuery() == { 'k1': ['a'], 'k2': ['b', 'c']}",
    "url('https://example.com/path?key with spaces=value with spaces').getQuery() == { 'key with spaces': ['value with spaces']}",
    "url('https://example.com/path?').getQuery() == {}",
    "url('https://example.com/path').getQuery() == {}",
    `url(${SELF_URL}).getScheme() == 'https'`,
    `url(${SELF_URL}).getHost() == 'kubernetes.io:80'`,
    `url(${SELF_URL}).getHostname() == 'kubernetes.io'`,
    `url(${SELF_URL}).getPort() == '80'`,
    `url(${SELF_URL}).getEscapedPath() == '/docs/home'`,
    // Failed before kubegate parsed with url.Parse: the #anchor stayed in the query.
    `url(${SELF_URL}).getQuery() == {'k1': ['a'], 'k2': ['b', 'c']}`,
    "isURL('https://user:pass@example.com:80/path?query=val#fragment')",
    "isURL('/path') == true",
    "isURL('https://a:b:c/') == false",
    "isURL('../relative-path') == false",
    // The url case of "cost for extended lib calculated correctly": `https:` followed by
    // `://…` is an opaque URL with no host.
    "url('https:://kubernetes.io/').getHostname() != 'test'",
  ),
]);

// Go's url.Parse on what ParseRequestURI accepted: the fragment is cut off, `//host/…`
// without a scheme has a host, and `*` is a valid request URI.
celTable('url: Parse after ParseRequestURI', [
  { expr: 'url("https://example.com/a#frag").getEscapedPath()', value: '/a' },
  { expr: 'url("/a?k=v#frag").getQuery()', value: { k: ['v'] } },
  { expr: 'url("//example.com/a").getHost()', value: 'example.com' },
  { expr: 'url("//example.com/a").getEscapedPath()', value: '/a' },
  { expr: 'isURL("//example.com/a")', value: true },
  { expr: 'isURL("*")', value: true },
  { expr: 'url("https://example.com/?k=v#%zz")', error: 'invalid URL escape "%zz"' },
  { expr: 'isURL("https://example.com/?k=v#%zz")', value: true },
]);
