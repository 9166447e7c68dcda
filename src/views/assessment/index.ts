/** The tests' screens: one chunk, loaded with the scenarios' panel list (not on the first screen). */
import './assessment.css';
export { default as AssessmentList } from './AssessmentList.svelte';
export { default as AssessmentPanel } from './AssessmentPanel.svelte';
export { default as AssessmentReport } from './AssessmentReport.svelte';
