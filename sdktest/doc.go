// Package sdktest holds acceptance tests that run the official Alibaba Cloud Go SDKs (ECS,
// KMS, VPC) and acsgen's generated clients against acsgen's mock. It is a module of its own
// so that the official SDKs (the ECS SDK alone is 274k lines) are not dependencies of the
// main module; see docs/SDK-ACCEPTANCE.md.
package sdktest
