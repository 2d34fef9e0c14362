import type { RuleSetObject } from '@smithy/core/endpoints';

// The service's endpoint rule set (smithy.rules#endpointRuleSet), copied from AWS's model. The
// service is dual-stack only: the regional hostname uses the partition's dual-stack DNS suffix,
// which gives https://api.iotmanagedintegrations.{Region}.api.aws in the aws partition.
export const ruleSet: RuleSetObject = {
  version: '1.0',
  parameters: {
    UseFIPS: { builtIn: 'AWS::UseFIPS', required: true, default: false, type: 'Boolean' },
    Endpoint: { builtIn: 'SDK::Endpoint', required: false, type: 'String' },
    Region: { builtIn: 'AWS::Region', required: false, type: 'String' },
  },
  rules: [
    {
      conditions: [{ fn: 'isSet', argv: [{ ref: 'Endpoint' }] }],
      rules: [
        {
          conditions: [{ fn: 'booleanEquals', argv: [{ ref: 'UseFIPS' }, true] }],
          error: 'Invalid Configuration: FIPS and custom endpoint are not supported',
          type: 'error',
        },
        {
          conditions: [],
          endpoint: { url: { ref: 'Endpoint' }, properties: {}, headers: {} },
          type: 'endpoint',
        },
      ],
      type: 'tree',
    },
    {
      conditions: [],
      rules: [
        {
          conditions: [{ fn: 'isSet', argv: [{ ref: 'Region' }] }],
          rules: [
            {
              conditions: [
                { fn: 'aws.partition', argv: [{ ref: 'Region' }], assign: 'PartitionResult' },
              ],
              rules: [
                {
                  conditions: [{ fn: 'booleanEquals', argv: [{ ref: 'UseFIPS' }, true] }],
                  endpoint: {
                    url: 'https://api.iotmanagedintegrations-fips.{Region}.{PartitionResult#dualStackDnsSuffix}',
                    properties: {},
                    headers: {},
                  },
                  type: 'endpoint',
                },
                {
                  conditions: [],
                  endpoint: {
                    url: 'https://api.iotmanagedintegrations.{Region}.{PartitionResult#dualStackDnsSuffix}',
                    properties: {},
                    headers: {},
                  },
                  type: 'endpoint',
                },
              ],
              type: 'tree',
            },
          ],
          type: 'tree',
        },
        { conditions: [], error: 'Invalid Configuration: Missing Region', type: 'error' },
      ],
      type: 'tree',
    },
  ],
};
