// Shims for OpenSSL APIs that Swift cannot import directly (function-like macros).
#ifndef DSQL_COPENSSL_SHIM_H
#define DSQL_COPENSSL_SHIM_H
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/bio.h>

/// The number of entries in a STACK_OF(X509_INFO) (a macro in OpenSSL 3).
static inline int dsql_x509_info_count(STACK_OF(X509_INFO) *stack) { return sk_X509_INFO_num(stack); }
/// The entry at `index` of a STACK_OF(X509_INFO).
static inline X509_INFO *dsql_x509_info_at(STACK_OF(X509_INFO) *stack, int index) { return sk_X509_INFO_value(stack, index); }
/// Frees a STACK_OF(X509_INFO) and every entry in it.
static inline void dsql_x509_info_free_all(STACK_OF(X509_INFO) *stack) { sk_X509_INFO_pop_free(stack, X509_INFO_free); }
/// Frees a GENERAL_NAMES stack and its entries.
static inline void dsql_general_names_free(GENERAL_NAMES *names) { GENERAL_NAMES_free(names); }
static inline int dsql_general_names_count(GENERAL_NAMES *names) { return sk_GENERAL_NAME_num(names); }
static inline GENERAL_NAME *dsql_general_name_at(GENERAL_NAMES *names, int index) { return sk_GENERAL_NAME_value(names, index); }
/// Creates a memory BIO over bytes the caller keeps alive.
static inline BIO *dsql_bio_new_mem(const void *bytes, int length) { return BIO_new_mem_buf(bytes, length); }
/// Reads the pending bytes of a memory BIO (BIO_get_mem_data is a macro).
static inline long dsql_bio_mem_data(BIO *bio, char **out) { return BIO_get_mem_data(bio, out); }

// PostgresClient: certificate inspection and the TLS probe.
static inline int dsql_x509_stack_count(STACK_OF(X509) *stack) { return sk_X509_num(stack); }
static inline X509 *dsql_x509_stack_at(STACK_OF(X509) *stack, int index) { return sk_X509_value(stack, index); }
static inline STACK_OF(X509) *dsql_x509_stack_new(void) { return sk_X509_new_null(); }
static inline int dsql_x509_stack_push(STACK_OF(X509) *stack, X509 *cert) { return sk_X509_push(stack, cert); }
static inline void dsql_x509_stack_free(STACK_OF(X509) *stack) { sk_X509_free(stack); }
/// Sets the SNI host name (SSL_set_tlsext_host_name is a macro).
/// XN_FLAG_RFC2253 is a compound macro.
static inline unsigned long dsql_xn_flag_rfc2253(void) { return XN_FLAG_RFC2253; }
static inline long dsql_ssl_set_sni(SSL *ssl, const char *name) { return SSL_set_tlsext_host_name(ssl, name); }
#endif
