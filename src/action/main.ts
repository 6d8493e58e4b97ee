// The GitHub Action: read inputs once, pick the mode from the event, run it.
import * as core from '@actions/core';

export async function run(): Promise<void> {
  try {
    core.info('dpn action');
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
