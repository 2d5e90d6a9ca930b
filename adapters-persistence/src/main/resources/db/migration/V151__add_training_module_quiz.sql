-- The optional quiz of a training module (issue 13): questions, choices, correct choices and pass mark, as JSON.
ALTER TABLE training_module ADD COLUMN quiz LONGTEXT NULL;
