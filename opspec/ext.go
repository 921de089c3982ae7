package opspec

// Names of the x-acs-* extensions of the normalized OpenAPI form. docs/SPEC-FORMAT.md
// describes each of them; keep the two in step.
const (
	// Document level.
	extProduct     = "x-acs-product"
	extVersion     = "x-acs-version"
	extStyle       = "x-acs-style"
	extAuth        = "x-acs-auth"
	extTitle       = "x-acs-title"
	extGroups      = "x-acs-groups"
	extEndpoints   = "x-acs-endpoints"
	extOverviewOps = "x-acs-overview-only-operations"

	// Operation level (also extStyle, extAuth, extTitle, extProduct, extVersion).
	extAction     = "x-acs-action"
	extPath       = "x-acs-path"
	extMethod     = "x-acs-method"
	extRAM        = "x-acs-ram"
	extSource     = "x-acs-source"
	extErrors     = "x-acs-errors"
	extChanges    = "x-acs-changes"
	extParamOrder = "x-acs-param-order"

	// Parameter level.
	extDocOptional = "x-acs-doc-optional"

	// Request-body level: the name of the parameter that is the whole body (InWholeBody).
	extBodyParam = "x-acs-body-param"

	// Schema and media-type level (also extStyle on a parameter's schema: "json").
	extDocType  = "x-acs-doc-type"
	extOrder    = "x-acs-order"
	extExample  = "x-acs-example"
	extEnum     = "x-acs-enum"
	extEnumDesc = "x-acs-enum-descriptions"
)

// Media types of request and response bodies.
const (
	mediaJSON = "application/json"
	mediaForm = "application/x-www-form-urlencoded"
)

// Security scheme names under components.securitySchemes; informational for generic
// OpenAPI tools, x-acs-auth is what acsgen reads.
const (
	secAccessKey = "AccessKey"
	secBearer    = "Bearer"
)

// The JSON shapes of the structured extensions. Field names are camelCase and empty fields
// are omitted, so the committed specs stay small.

type xGroup struct {
	Name       string   `json:"name"`
	Operations []string `json:"operations,omitempty"`
}

type xEndpoint struct {
	Region string `json:"region"`
	Host   string `json:"host"`
}

type xRAM struct {
	None    bool         `json:"none,omitempty"`
	Actions []xRAMAction `json:"actions,omitempty"`
}

type xRAMAction struct {
	Action           string         `json:"action"`
	AccessLevel      string         `json:"accessLevel,omitempty"`
	Resources        []xRAMResource `json:"resources,omitempty"`
	ConditionKeys    []string       `json:"conditionKeys,omitempty"`
	DependentActions []string       `json:"dependentActions,omitempty"`
}

type xRAMResource struct {
	Type     string `json:"type"`
	Required bool   `json:"required,omitempty"`
	ARN      string `json:"arn,omitempty"`
}

type xError struct {
	HTTPStatus  int    `json:"httpStatus,omitempty"`
	Code        string `json:"code"`
	Message     string `json:"message,omitempty"`
	Description string `json:"description,omitempty"`
}

type xChange struct {
	Date    string `json:"date"`
	Summary string `json:"summary,omitempty"`
}

type xSource struct {
	File        string `json:"file,omitempty"`
	URL         string `json:"url,omitempty"`
	LastUpdated string `json:"lastUpdated,omitempty"`
	Lang        string `json:"lang,omitempty"`
}

type xEnumValue struct {
	Value       string `json:"value"`
	Description string `json:"description,omitempty"`
}
