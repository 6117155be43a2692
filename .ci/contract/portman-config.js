// Writes the Portman configuration for the contract check from the contract itself: every
// operation gets the same checks (no 5xx; the validating proxy found nothing wrong with the
// response), fuzzed variants of its request, and the variables that chain the operations on one
// customer and one lead so that most of them reach their success answer (check.sh makes a spare
// lead to disqualify and a spare customer to archive).
const fs = require('fs');

const [contractFile, outFile] = process.argv.slice(2);
const contract = JSON.parse(fs.readFileSync(contractFile, 'utf8'));

const checks = [
  "pm.test('[contract] no server error', () => pm.expect(pm.response.code).to.be.below(500));",
  [
    "pm.test('[contract] the response is the one the contract describes', () => {",
    "  const header = pm.response.headers.get('sl-violations');",
    "  const found = header ? JSON.parse(header).filter(v => (v.location || [])[0] === 'response') : [];",
    "  pm.expect(found, JSON.stringify(found)).to.be.empty;",
    "});",
  ].join('\n'),
];

const operations = [];
for (const [path, item] of Object.entries(contract.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (['get', 'post', 'put', 'patch', 'delete'].includes(method)) {
      operations.push({ id: op.operationId, path, method, op });
    }
  }
}

const pathVariable = (ids, key, value) => ({
  openApiOperationIds: ids,
  overwriteRequestPathVariables: [{ key, value }],
});
const header = (ids, key, value) => ({
  openApiOperationIds: ids,
  overwriteRequestHeaders: [{ key, value }],
});
const leadOps = operations.filter(o => o.path.startsWith('/api/v1/leads/{id}')).map(o => o.id);
const customerOps = operations.filter(o => o.path.startsWith('/api/v1/customers/{id}')).map(o => o.id);

const config = {
  version: 1.0,
  tests: {
    contractTests: [],
    extendTests: [{ openApiOperation: '*::/*', tests: checks }],
    variationTests: operations
      .filter(o => o.op.requestBody || (o.op.parameters || []).some(p => p.in === 'query'))
      .map(o => ({
        openApiOperationId: o.id,
        openApiResponse: '400',
        variations: [
          {
            name: 'fuzzed',
            fuzzing: [
              {
                requestBody: [
                  {
                    requiredFields: { enabled: true },
                    minimumNumberFields: { enabled: true },
                    maximumNumberFields: { enabled: true },
                    minLengthFields: { enabled: true },
                    maxLengthFields: { enabled: true },
                  },
                ],
                requestQueryParams: [
                  {
                    minimumNumberFields: { enabled: true },
                    maximumNumberFields: { enabled: true },
                    minLengthFields: { enabled: true },
                    maxLengthFields: { enabled: true },
                  },
                ],
              },
            ],
            tests: { extendTests: [{ tests: checks }] },
          },
        ],
      })),
  },
  assignVariables: [
    { openApiOperationId: 'captureLead', collectionVariables: [
      { responseBodyProp: 'id', name: 'leadId' }, { responseHeaderProp: 'ETag', name: 'leadEtag' }] },
    { openApiOperationId: 'createCustomer', collectionVariables: [
      { responseBodyProp: 'id', name: 'customerId' }, { responseHeaderProp: 'ETag', name: 'customerEtag' }] },
    { openApiOperationId: 'addContact', collectionVariables: [
      { responseBodyProp: 'id', name: 'contactId' }, { responseHeaderProp: 'ETag', name: 'contactEtag' }] },
    { openApiOperationId: 'updateContact', collectionVariables: [{ responseHeaderProp: 'ETag', name: 'contactEtag' }] },
    { openApiOperationId: 'getLeadScoring', collectionVariables: [{ responseHeaderProp: 'ETag', name: 'scoringEtag' }] },
    { openApiOperationId: 'getPoolPolicy', collectionVariables: [{ responseHeaderProp: 'ETag', name: 'policyEtag' }] },
    { openApiOperationId: 'replaceLeadScoring', collectionVariables: [{ responseBodyProp: 'id', name: 'jobId' }] },
  ],
  overwrites: [
    pathVariable(leadOps.filter(id => id !== 'disqualifyLead'), 'id', '{{leadId}}'),
    pathVariable(['disqualifyLead'], 'id', '{{spareLeadId}}'),
    pathVariable(customerOps.filter(id => id !== 'archiveCustomer'), 'id', '{{customerId}}'),
    pathVariable(['archiveCustomer'], 'id', '{{spareCustomerId}}'),
    pathVariable(['updateContact', 'removeContact', 'getContact'], 'contactId', '{{contactId}}'),
    pathVariable(['getJob'], 'id', '{{jobId}}'),
    pathVariable(['deactivateUser', 'reactivateUser'], 'id', 'liu.yang'),
    header(['updateLead'], 'If-Match', '{{leadEtag}}'),
    header(['updateCustomer'], 'If-Match', '{{customerEtag}}'),
    header(['archiveCustomer'], 'If-Match', '{{spareCustomerEtag}}'),
    header(['updateContact', 'removeContact'], 'If-Match', '{{contactEtag}}'),
    header(['replaceLeadScoring'], 'If-Match', '{{scoringEtag}}'),
    header(['replacePoolPolicy'], 'If-Match', '{{policyEtag}}'),
    {
      openApiOperationIds: ['assignLead', 'assignLeads'],
      overwriteRequestBody: [{ key: 'team', value: 'east', overwrite: true }],
    },
    {
      openApiOperationId: 'assignLeads',
      overwriteRequestBody: [{ key: 'leadIds', value: ['{{leadId}}'], overwrite: true }],
    },
  ],
  globals: {
    securityOverwrites: { bearer: { token: '{{bearerToken}}' } },
    stripResponseExamples: true,
    // Folders are the contract's tags; the lead chain runs before the customer chain.
    orderOfFolders: ['Users', 'Lead pool', 'Leads', 'Lead scoring', 'Jobs', 'Customers', 'Contacts',
      'Follow-ups', 'Duplicate checks'],
    orderOfOperations: [
      'POST::/api/v1/users', 'GET::/api/v1/users', 'GET::/api/v1/users/me', 'GET::/api/v1/users/{id}',
      'POST::/api/v1/users/{id}/deactivate', 'POST::/api/v1/users/{id}/reactivate', 'GET::/api/v1/teams',
      'GET::/api/v1/lead-scoring', 'PUT::/api/v1/lead-scoring', 'GET::/api/v1/jobs/{id}',
      'GET::/api/v1/pool-policy', 'PUT::/api/v1/pool-policy', 'POST::/api/v1/pool-policy/simulate',
      'POST::/api/v1/duplicate-checks',
      'POST::/api/v1/leads', 'GET::/api/v1/leads', 'GET::/api/v1/leads/{id}', 'PATCH::/api/v1/leads/{id}',
      'POST::/api/v1/leads/{id}/follow-ups', 'GET::/api/v1/leads/{id}/follow-ups',
      'GET::/api/v1/leads/{id}/history', 'GET::/api/v1/leads/{id}/score', 'GET::/api/v1/leads/{id}/pool-status',
      'POST::/api/v1/leads/{id}/release', 'GET::/api/v1/lead-pool', 'POST::/api/v1/leads/{id}/claim',
      'POST::/api/v1/leads/{id}/assign', 'POST::/api/v1/leads/assignments', 'POST::/api/v1/leads/{id}/disqualify',
      'POST::/api/v1/leads/{id}/convert',
      'POST::/api/v1/customers', 'GET::/api/v1/customers', 'GET::/api/v1/customers/{id}',
      'PATCH::/api/v1/customers/{id}', 'POST::/api/v1/customers/{id}/contacts', 'GET::/api/v1/customers/{id}/contacts',
      'GET::/api/v1/customers/{id}/contacts/{contactId}', 'PATCH::/api/v1/customers/{id}/contacts/{contactId}',
      'POST::/api/v1/customers/{id}/follow-ups', 'GET::/api/v1/customers/{id}/follow-ups',
      'GET::/api/v1/customers/{id}/history', 'DELETE::/api/v1/customers/{id}/contacts/{contactId}',
      'DELETE::/api/v1/customers/{id}',
    ],
  },
};

fs.writeFileSync(outFile, JSON.stringify(config, null, 2));
console.log(`${operations.length} operations, ${config.tests.variationTests.length} fuzzed`);
