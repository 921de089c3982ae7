// Package acs is the runtime that generated Alibaba Cloud clients call: signing
// (ACS3-HMAC-SHA256, legacy RPC HMAC-SHA1), bearer and anonymous calls, credentials,
// endpoints, the RPC/ROA wire format, retries, error envelopes and lenient decoding.
//
// # How generated code uses it
//
// Every generated method is one statement: it hands a static *Operation (one package-level
// variable per operation) and the typed request to Invoke, which validates and encodes the
// request from its fields' struct tags, then signs, sends, retries and decodes:
//
//	var opCreateUser = &acs.Operation{Name: "CreateUser", Version: Version, Product: Product,
//		Style: acs.RPC, Method: "POST", PathPattern: "/", Auth: acs.AuthAK}
//
//	type CreateUserRequest struct {
//		InstanceId   string                   `acs:"InstanceId,query,required"`
//		Email        string                   `acs:"Email,query" json:"Email,omitempty"`
//		CustomFields []CreateUserRequestField `acs:"CustomFields,query" json:"CustomFields,omitempty"` // CustomFields.1.FieldName=...
//		ClientToken  string                   `acs:"ClientToken,form,token" json:"ClientToken,omitempty"`
//	}
//
//	func (c *Client) CreateUser(ctx context.Context, req *CreateUserRequest) (*CreateUserResponse, error) {
//		return acs.Invoke[CreateUserResponse](ctx, c.rt, opCreateUser, req)
//	}
//
// An ROA request's tags name path, query, header and body values (`acs:"instanceId,path,required"
// json:"-"`); the request struct itself is the JSON body, its json tags saying which fields
// are in it. Path values are percent-encoded one by one, "/" becoming %2F. Code that is not
// generated can still fill a *Request by hand and call Client.Do.
//
// Bearer operations (Auth: AuthBearer) take the token from an "Authorization" header
// parameter (Request.Header) or from Options.BearerToken; they are not AccessKey-signed.
//
// # Wire format (as the official SDK runtimes send it)
//
// RPC: POST / with x-acs-action and x-acs-version headers, every operation parameter in
// the query string (flattened: UserIds.1=, Tag.1.Key=), form parameters in an
// application/x-www-form-urlencoded body. ROA: the operation's method and path, query
// parameters, header parameters and a JSON body ({} when the operation has body
// parameters but none is set). AK-signed calls carry host, x-acs-date,
// x-acs-signature-nonce (64 hex), x-acs-content-sha256, x-acs-credentials-provider, with
// STS x-acs-security-token and x-acs-accesskey-id, all signed, and Authorization.
//
// # Server side
//
// Verify, VerifyV3 and VerifyV2 recompute a request's signature from the same
// canonicalization the client uses; the mock runtime (acs/mock) uses them and maps
// *SignatureError.Code into its error envelope.
package acs
