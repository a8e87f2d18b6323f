// Cases from the examples in Kubernetes' URL library documentation
// (staging/src/k8s.io/apiserver/pkg/cel/library/urls.go), which its tests exercise.
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
