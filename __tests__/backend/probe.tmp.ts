import { startMoto } from '../support/moto.js';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, createDynamoClient } from '../../src/backend/dynamodb/client.js';
import { initDynamoBackend } from '../../src/backend/dynamodb/index.js';
const moto = await startMoto();
try {
  await initDynamoBackend({ tablePrefix: 'p', env: moto.env });
  const clients = Array.from({ length: 16 }, () => createDocumentClient(createDynamoClient(moto.env)));
  let doubles = 0;
  for (let round = 0; round < 60; round++) {
    const results = await Promise.allSettled(clients.map((db, i) => db.send(new PutCommand({ TableName: 'p-locks', Item: { scope: `k${round}`, who: i }, ConditionExpression: 'attribute_not_exists(#s)', ExpressionAttributeNames: { '#s': 'scope' } }))));
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    if (ok !== 1) { doubles++; console.log('round', round, 'successes', ok); }
  }
  console.log('rounds with != 1 success:', doubles);
} finally { await moto.stop(); }
