// Package acs is the runtime that generated Alibaba Cloud clients call: signing
// (ACS3-HMAC-SHA256, legacy RPC HMAC-SHA1), bearer and anonymous calls, credentials,
// endpoints, the RPC/ROA wire format, retries, error envelopes and lenient decoding.
//
// # How generated code uses it
//
// Every generated method fills a static *Operation (one package-level variable per
// operation) and a *Request with the call's values, then calls Client.Do:
//
//	var opCreateUser = &acs.Operation{Name: "CreateUser", Version: "2021-12-01",
//		Product: "eiam", Style: acs.RPC, Method: "POST", PathPattern: "/"}
//
//	func (c *Client) CreateUser(ctx context.Context, in *CreateUserInput) (*CreateUserOutput, error) {
//		var q acs.Values
//		q.Add("InstanceId", in.InstanceId)
//		if in.Email != nil {
//			q.Add("Email", *in.Email)
//		}
//		q.AddFlat("CustomFields", in.CustomFields) // CustomFields.1.FieldName=...
//		var f acs.Values
//		if in.ClientToken != nil {
//			f.Add("ClientToken", *in.ClientToken) // form parameter
//		}
//		out := new(CreateUserOutput)
//		if err := c.rt.Do(ctx, opCreateUser, &acs.Request{Query: q, Form: f}, out); err != nil {
//			return nil, err
//		}
//		return out, nil
//	}
//
// An ROA method sets Style ROA, the path pattern and BodyJSON, passes path values by
// placeholder name (they are percent-encoded one by one, "/" becoming %2F) and the JSON
// body as a struct with omitempty fields:
//
//	c.rt.Do(ctx, opCreateInstanceAccount, &acs.Request{
//		Path: map[string]string{"instanceId": instanceID},
//		Body: createInstanceAccountBody{Username: in.Username, Password: in.Password},
//	}, out)
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
