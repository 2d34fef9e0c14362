import type { BenchFixtures } from '../fixtures/BenchFixtures';
import type { Scenario } from '../scenarios/Scenario';
import type { ScenarioRequest } from './Contender';

/** `POST /graphql` with the scenario's document and variables, as a GraphQL client sends it. */
export function graphqlScenarioRequest(
  scenario: Scenario,
  fixtures: BenchFixtures,
): ScenarioRequest {
  return {
    request: {
      path: '/graphql',
      body: JSON.stringify({ query: scenario.source, variables: scenario.variables(fixtures) }),
    },
    answerProblem: (body) => {
      let parsed: { data?: Record<string, unknown> | null; errors?: unknown[] };
      try {
        parsed = JSON.parse(body) as typeof parsed;
      } catch {
        return `answer is not JSON: ${body.slice(0, 200)}`;
      }
      if (parsed.errors !== undefined) {
        return `answer has errors: ${JSON.stringify(parsed.errors).slice(0, 500)}`;
      }
      if (!parsed.data) return 'answer has no data';
      return scenario.checkData(parsed.data, fixtures);
    },
    verifyBody: (body) => body.startsWith('{"data":') && !body.includes('"errors":'),
  };
}
